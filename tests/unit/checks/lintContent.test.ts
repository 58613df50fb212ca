import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, lintContent } from '../../../src/checks/lintContent.ts';
import type { Finding } from '../../../src/checks/types.ts';
import { CORPUS_DIR } from '../import/corpusFiles.ts';

const root = resolve(import.meta.dirname, '../../..');
const now = new Date('2024-06-01T00:00:00Z');
const BODY = '各族干部职工深入学习党的民族理论和民族政策，开展活动3次。'.repeat(10);

/** A throwaway project holding the given content files and the real metric definitions. */
function fixtureProject(files: Record<string, string>): string {
  const project = mkdtempSync(join(tmpdir(), 'lint-content-'));
  mkdirSync(join(project, 'src/content'), { recursive: true });
  copyFileSync(join(root, 'src/content/metrics.yaml'), join(project, 'src/content/metrics.yaml'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  return project;
}

const unitFile = (name: string, extra = '') => `---\nname: "${name}"\ntype: 机关\nregion: ["新疆维吾尔自治区"]\n${extra}---\n\n${name}简介。\n`;
const reportFile = (year: number, extra = '', body = BODY) =>
  `---\nunit: demo\ntitle: "${year}年工作总结"\nyear: ${year}\nkind: 工作总结\nsummary: "示范单位的工作总结摘要。"\nmetrics:\n  - metric: events\n    value: 3\n${extra}---\n\n${body}\n`;

const ruleCounts = (findings: Finding[]) =>
  findings.reduce<Record<string, number>>((counts, finding) => ({ ...counts, [finding.rule]: (counts[finding.rule] ?? 0) + 1 }), {});

describe('lintContent over the site content', { timeout: 30_000 }, () => {
  it('finds no error in the sample showcase', async () => {
    const result = await lintContent({ root, cwd: root });
    expect(result.findings.filter((finding) => finding.severity === 'error').map(formatFinding)).toEqual([]);
    expect(result.errorCount).toBe(0);
    expect(result.fileCount).toBeGreaterThan(20);
  });

  it('skips drafts and embargoed entries unless asked for all', async () => {
    const project = fixtureProject({
      'src/content/units/demo.mdx': unitFile('示范局'),
      'src/content/reports/demo/2023-work-summary.mdx': reportFile(2023),
      'src/content/reports/demo/2022-work-summary.mdx': reportFile(2022, 'draft: true\n', `202_年，**局。${BODY}`),
      'src/content/reports/demo/2021-work-summary.mdx': reportFile(2021, 'publishAt: 2099-01-01\n', `某某局。${BODY}`),
    });
    const published = await lintContent({ root: project, cwd: project, now });
    expect(published.errorCount).toBe(0);
    const all = await lintContent({ root: project, cwd: project, now, includeDrafts: true });
    expect(all.findings.filter((f) => f.rule === 'placeholder').map((f) => f.file)).toEqual([
      'src/content/reports/demo/2021-work-summary.mdx',
      'src/content/reports/demo/2022-work-summary.mdx',
      'src/content/reports/demo/2022-work-summary.mdx',
    ]);
  });

  it('skips the reports of a draft unit, as the site does', async () => {
    const project = fixtureProject({
      'src/content/units/demo.mdx': unitFile('示范局', 'draft: true\n'),
      'src/content/reports/demo/2023-work-summary.mdx': reportFile(2023, '', `某某局。${BODY}`),
    });
    expect((await lintContent({ root: project, cwd: project, now })).findings).toEqual([]);
  });

  it('reports future years and duplicates as errors, sorted by file and line', async () => {
    const project = fixtureProject({
      'src/content/units/demo.mdx': unitFile('示范局'),
      'src/content/units/lonely.mdx': unitFile('孤单局'),
      'src/content/reports/demo/2030-work-summary.mdx': reportFile(2030),
      'src/content/reports/demo/2023-work-summary.mdx': reportFile(2023),
      'src/content/reports/demo/2023-work-summary-2.mdx': reportFile(2023),
    });
    const result = await lintContent({ root: project, cwd: project, now });
    expect(ruleCounts(result.findings)).toEqual({ 'future-year': 1, 'duplicate-report': 2, 'unit-without-report': 1 });
    expect(result.errorCount).toBe(3);
    expect(result.findings.map((f) => f.file)).toEqual([...result.findings.map((f) => f.file)].sort());
    expect(formatFinding(result.findings.find((f) => f.rule === 'future-year')!)).toMatch(
      /^【错误】src\/content\/reports\/demo\/2030-work-summary\.mdx:4 year — year 是 2030，晚于今年（2024） — .+〔future-year〕$/,
    );
  });
});

describe('lintContent over the raw corpus, as if published', () => {
  it('finds the placeholders and missing numbers the raw reports contain', async () => {
    const result = await lintContent({ paths: [CORPUS_DIR], cwd: CORPUS_DIR, now });
    const counts = ruleCounts(result.findings);
    expect(counts.placeholder).toBeGreaterThan(40);
    expect(counts['missing-number']).toBeGreaterThanOrEqual(3);
    const at = (file: string, line: number, rule: string) =>
      result.findings.filter((f) => f.file === file && f.line === line && f.rule === rule).map((f) => f.message);

    expect(at('000_d972c68f3068e1b8.txt', 1, 'placeholder')[0]).toContain('「202_年」');
    expect(result.findings.find((f) => f.file === '000_d972c68f3068e1b8.txt')).toMatchObject({ line: 1, column: 2 });
    expect(at('000_d972c68f3068e1b8.txt', 4, 'placeholder')).toEqual([expect.stringContaining('***局'), expect.stringContaining('**人')]);
    expect(at('000_d972c68f3068e1b8.txt', 16, 'placeholder')).toEqual([expect.stringContaining('**局')]);
    expect(at('001_3135ddb19f92547f.txt', 1, 'placeholder')).toEqual([expect.stringContaining('20XX年')]);
    expect(at('002_a1f593863f0cda20.txt', 87, 'missing-number')).toEqual([expect.stringContaining('人均收入为元')]);
    expect(at('002_a1f593863f0cda20.txt', 88, 'missing-number')).toEqual([expect.stringContaining('贴息资金亿元')]);
    expect(at('002_a1f593863f0cda20.txt', 105, 'placeholder')).toContainEqual(expect.stringContaining('X县'));
    // The row of asterisks closing 000 is a separator, not a hidden name.
    expect(at('000_d972c68f3068e1b8.txt', 21, 'placeholder')).toEqual([]);
  });

  it('finds no personal data there, and reports no frontmatter rule for plain text', async () => {
    const result = await lintContent({ paths: [CORPUS_DIR], cwd: CORPUS_DIR, now });
    const rules = new Set(result.findings.map((f) => f.rule));
    for (const rule of ['personal-id', 'mobile', 'email', 'bank-card', 'future-year', 'duplicate-report', 'unrecorded-figure'])
      expect(rules).not.toContain(rule);
  });
});
