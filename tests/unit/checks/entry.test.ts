import { describe, expect, it } from 'vitest';
import { entryFromText } from '../../../src/checks/entry.ts';
import { runRules } from '../../../src/checks/runRules.ts';
import type { Finding, LintEntry } from '../../../src/checks/types.ts';

const context = { now: new Date('2024-06-01T00:00:00Z'), definitions: [] };

function entry(text: string, path = 'src/content/reports/demo/2023-work-summary.mdx'): LintEntry {
  const result = entryFromText(text, path, !path.endsWith('.txt'), path);
  if ('rule' in result) throw new Error(result.message);
  return result;
}

/** 1-based column of `needle` on a 1-based line of `text`, counted the way the linter must count. */
const columnOf = (text: string, line: number, needle: string) => (text.split('\n')[line - 1] ?? '').indexOf(needle) + 1;

const errors = (entries: LintEntry[]) =>
  runRules(entries, context)
    .filter((finding) => finding.severity === 'error')
    .map(({ line, column, rule }: Finding) => ({ line, column, rule }));

const REPORT = `---
unit: demo
title: "202_年工作总结"
year: 2023
kind: 工作总结
summary: "示范单位的工作总结，联系电话13812345678。"
metrics:
  - metric: funds
    value: 3
    note: "占全村总人口的%"
source: "202_总结.txt"
---

## 一、基本概况

　　**局现有职工20人。
`;

describe('entry: line and column', () => {
  it('places frontmatter findings on the value in the file, naming the field', () => {
    const findings = runRules([entry(REPORT)], context);
    expect(findings.find((f) => f.rule === 'placeholder' && f.line === 3)).toMatchObject({ column: columnOf(REPORT, 3, '202_') });
    expect(findings.find((f) => f.rule === 'placeholder' && f.line === 3)?.field).toBe('title');
    expect(findings.find((f) => f.rule === 'mobile')).toMatchObject({ line: 6, column: columnOf(REPORT, 6, '138') });
    expect(findings.find((f) => f.rule === 'missing-number')).toMatchObject({ line: 10, column: columnOf(REPORT, 10, '%') });
    expect(findings.find((f) => f.rule === 'missing-number')?.field).toBe('metrics 第1项 note');
  });

  it('places body findings on their line after the frontmatter', () => {
    expect(errors([entry(REPORT)])).toContainEqual({ line: 16, column: columnOf(REPORT, 16, '**'), rule: 'placeholder' });
    expect(columnOf(REPORT, 16, '**')).toBe(3);
  });

  it('does not scan the source file name, which is never published', () => {
    expect(errors([entry(REPORT)]).filter((f) => f.line === 11)).toEqual([]);
  });

  it('ignores MDX comments and component tags, which readers never see', () => {
    const text = '---\nunit: demo\nyear: 2023\n---\n\n{/* 原稿：**局 202_年 */}\n<MetricChart metric="funds" unit="xxx-unit" />\n正文。\n';
    expect(errors([entry(text)])).toEqual([]);
  });

  it('reads a .txt file as a body from line 1, with no frontmatter rules', () => {
    const raw = entry(' 202_年，**局在县委领导下\n第二行某某单位', 'raw/000.txt');
    expect(raw.kind).toBe('text');
    expect(errors([raw])).toEqual([
      { line: 1, column: 2, rule: 'placeholder' },
      { line: 1, column: 8, rule: 'placeholder' },
      { line: 2, column: 4, rule: 'placeholder' },
    ]);
  });

  it('tells units from reports by their folder', () => {
    expect(entry('---\nname: "甲局"\n---\n', 'src/content/units/jia.mdx')).toMatchObject({ kind: 'unit', unitId: 'jia' });
    expect(entry(REPORT)).toMatchObject({ kind: 'report', unitId: 'demo' });
  });

  it('turns broken YAML into a finding on the line where the list opens', () => {
    const result = entryFromText('---\ntitle: [未闭合\nyear: 2023\n---\n正文', 'a.mdx', true);
    expect(result).toMatchObject({ rule: 'yaml', severity: 'error', line: 2, message: '方括号列表没有闭合', field: '开头字段' });
  });
});

describe('allowing a finding on purpose', () => {
  it('a frontmatter allow list accepts a rule in the whole file, and only that rule', () => {
    const allowed = REPORT.replace('source:', 'allow: [placeholder]\nsource:');
    const rules = errors([entry(allowed)]).map((f) => f.rule);
    expect(rules).not.toContain('placeholder');
    expect(rules).toContain('mobile');
  });

  it('an MDX comment alone on a line accepts the rules it names on the next line', () => {
    const body = '---\nunit: demo\n---\n\n{/* lint-allow placeholder */}\n**局现有职工。\n**局在县委领导下。\n';
    expect(errors([entry(body)])).toEqual([{ line: 7, column: 1, rule: 'placeholder' }]);
  });

  it('an MDX comment on the same line accepts the rules it names there', () => {
    const body = '---\nunit: demo\n---\n\n**局现有职工，占全村总人口的%。{/* lint-allow placeholder, missing-number */}\n';
    expect(errors([entry(body)])).toEqual([]);
  });

  it('a YAML comment accepts a rule on a frontmatter line', () => {
    const text = '---\nunit: demo\n# lint-allow placeholder\ntitle: "某某局工作总结"\nsummary: "某某局"\n---\n';
    expect(errors([entry(text)])).toEqual([{ line: 5, column: columnOf(text, 5, '某某'), rule: 'placeholder' }]);
  });
});
