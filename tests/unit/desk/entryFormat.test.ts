import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromEntryFile, fromMetricsFile, toEntryFile, toMetricsFile } from '../../../src/desk/client/entryFormat.ts';

const content = resolve(import.meta.dirname, '../../../src/content');
const entries = readdirSync(content, { recursive: true, withFileTypes: true })
  .filter((file) => file.isFile() && /\.mdx?$/.test(file.name))
  .map((file) => join(file.parentPath, file.name));
const REPORT_ORDER = ['unit', 'title', 'year', 'kind', 'date', 'summary', 'metrics', 'tags', 'draft', 'publishAt', 'source', 'allow'];
const options = { fieldOrder: REPORT_ORDER, scalarLists: ['region', 'tags', 'allow'] };

describe("the desk's file format", () => {
  test.each(entries.map((path) => [path.slice(content.length + 1), path]))('%s is written back byte for byte when nothing changed', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    expect(toEntryFile(fromEntryFile(text), options)).toBe(text);
  });

  test('metrics.yaml, its header comment included, is written back as it was', () => {
    const text = readFileSync(join(content, 'metrics.yaml'), 'utf8');
    expect(toMetricsFile(fromMetricsFile(text))).toBe(text);
  });

  test('a changed field keeps its quotes; untouched lines, comments and the body stay as written', () => {
    const text =
      '---\nunit: x\ntitle: "旧标题"  # 标题\nyear: 2023\nkind: 工作总结\nsummary: "一段足够长的摘要文字，用于测试。"\ntags: ["甲"]\n---\n\n正文第一段。\n';
    const data = { ...fromEntryFile(text), title: '新标题', tags: ['甲', '乙'] };
    expect(toEntryFile(data, options)).toBe(
      '---\nunit: x\ntitle: "新标题" # 标题\nyear: 2023\nkind: 工作总结\nsummary: "一段足够长的摘要文字，用于测试。"\ntags: ["甲", "乙"]\n---\n\n正文第一段。\n',
    );
  });

  test("a new entry: fields in the schema's order, defaults and transient fields left out, one blank line before the body", () => {
    const data = {
      body: '## 一、做法\n\n内容。',
      summary: '十个字以上的一段摘要内容',
      title: '标题',
      unit: 'u',
      year: 2023,
      kind: '工作总结',
      draft: false,
      tags: [],
      deskKindSlug: 'work-summary',
      date: '',
      metrics: [{ metric: 'funds', value: 12, note: '' }],
    };
    expect(toEntryFile(data, options)).toBe(
      '---\nunit: u\ntitle: 标题\nyear: 2023\nkind: 工作总结\nsummary: 十个字以上的一段摘要内容\nmetrics:\n  - metric: funds\n    value: 12\n---\n\n## 一、做法\n\n内容。\n',
    );
  });

  test('long Chinese text stays on one line, where the checks and editors expect it', () => {
    const summary = '很长的摘要'.repeat(40);
    expect(toEntryFile({ unit: 'u', summary, body: '' }, options)).toBe(`---\nunit: u\nsummary: ${summary}\n---\n`);
  });
});
