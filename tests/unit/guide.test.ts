import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContent } from '../../src/checks/lintContent.ts';
import { copyProjectWithoutContent } from '../../tools/projectCopy.ts';
import { BAD_INPUTS, contentOf, type BadInput } from '../catalogue/badInput.ts';

const root = resolve(import.meta.dirname, '../..');
const GUIDE = join(root, 'docs/编辑指南.md');
const guide = () => readFileSync(GUIDE, 'utf8');

/** The guide's copy-paste templates: an ```mdx block preceded by `<!-- 模板：path -->`. */
function templates(): { path: string; text: string }[] {
  return [...guide().matchAll(/<!-- 模板：(\S+) -->\s*```mdx\n([\s\S]*?)```/g)].map((match) => ({ path: match[1] ?? '', text: match[2] ?? '' }));
}

describe("the guide's templates", { timeout: 180_000 }, () => {
  it('are a unit and a report, and both build and publish beside the sample showcase', () => {
    const found = templates();
    expect(found.map((template) => template.path)).toEqual([
      expect.stringMatching(/^src\/content\/units\/.+\.mdx$/),
      expect.stringMatching(/^src\/content\/reports\/.+\/\d{4}-.+\.mdx$/),
    ]);
    const project = mkdtempSync(join(tmpdir(), 'showcase-guide-'));
    try {
      copyProjectWithoutContent(project);
      cpSync(join(root, 'src/content'), join(project, 'src/content'), { recursive: true });
      for (const { path, text } of found) {
        expect(existsSync(join(root, path)), `${path} must be a new file`).toBe(false);
        mkdirSync(dirname(join(project, path)), { recursive: true });
        writeFileSync(join(project, path), text);
      }
      const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      });
      expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
      expect(build.stdout).not.toMatch(/\[ERROR\]/);
      for (const { path } of found) {
        const address = path.replace(/^src\/content\//, '').replace(/\.mdx$/, '');
        expect(existsSync(join(project, 'dist', address, 'index.html')), `${address} is published`).toBe(true);
      }
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

const TABLE_START = '<!-- 错误表开始：由 tests/unit/guide.test.ts 核对，UPDATE_GUIDE=1 npx vitest run tests/unit/guide.test.ts 可重新生成 -->';
const TABLE_END = '<!-- 错误表结束 -->';
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What the checks say for one case of the catalogue, as a row of the guide's table. */
async function rowOf(input: BadInput): Promise<string> {
  const project = mkdtempSync(join(tmpdir(), 'showcase-guide-table-'));
  try {
    mkdirSync(join(project, 'src/content'), { recursive: true });
    cpSync(join(root, 'src/content/metrics.yaml'), join(project, 'src/content/metrics.yaml'));
    for (const [path, text] of Object.entries(contentOf(input.files))) {
      mkdirSync(dirname(join(project, 'src/content', path)), { recursive: true });
      writeFileSync(join(project, 'src/content', path), text);
    }
    const { findings } = await lintContent({ root: project, cwd: project });
    const finding = findings.find(
      (f) => f.severity === 'error' && f.line === input.expect.line && f.message.concat(f.hint).includes(input.expect.says),
    );
    if (!finding) throw new Error(`No finding for「${input.mistake}」`);
    return `| ${cell(input.mistake)} | ${cell(finding.field ?? '正文')} | ${cell(finding.message)} | ${cell(finding.hint)} |`;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

describe("the guide's error table", { timeout: 120_000 }, () => {
  it('lists every mistake of the catalogue with the message the checks print', async () => {
    const rows = [];
    for (const input of BAD_INPUTS) rows.push(await rowOf(input));
    const table = [TABLE_START, '', '| 错误 | 字段 | 检查报告的问题 | 改法 |', '| --- | --- | --- | --- |', ...rows, '', TABLE_END].join('\n');
    const text = guide();
    const start = text.indexOf(TABLE_START);
    const end = text.indexOf(TABLE_END);
    expect(start, 'the guide marks its error table').toBeGreaterThan(-1);
    if (process.env.UPDATE_GUIDE) writeFileSync(GUIDE, text.slice(0, start) + table + text.slice(end + TABLE_END.length));
    else expect(text.slice(start, end + TABLE_END.length)).toBe(table);
  });
});
