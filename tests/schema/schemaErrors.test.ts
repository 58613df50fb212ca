import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent, reportWith, validUnit } from './fixtureSite';

const REPORT_FILE = 'src/content/reports/test-bureau/2023-work-summary.mdx';

function buildReport(frontmatter: Record<string, string | undefined>) {
  return buildWithContent({
    'units/test-bureau.mdx': validUnit,
    'reports/test-bureau/2023-work-summary.mdx': reportWith(frontmatter),
  });
}

describe('content that breaks the schema or the publication checks fails the build with an actionable message', { timeout: 120_000 }, () => {
  it('builds a valid unit and report', () => {
    const result = buildReport({ metrics: '[{ metric: participation-rate, value: 100, note: 参学率100% }]' });
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
  });

  it('a rate of 150 names the file, the field, the value and the allowed range', () => {
    const result = buildReport({ metrics: '[{ metric: participation-rate, value: 150 }]' });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(REPORT_FILE);
    expect(result.output).toContain('metrics 第1项 value');
    expect(result.output).toContain('收到 150');
    expect(result.output).toContain('0 到 100');
  });

  it('an unknown unit id names the report file and the missing unit file', () => {
    const result = buildReport({ unit: 'no-such-bureau' });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(REPORT_FILE);
    expect(result.output).toContain('unit「no-such-bureau」不存在');
    expect(result.output).toContain('src/content/units/no-such-bureau.mdx');
    expect(result.output).toContain('test-bureau');
  });

  it('a missing title says the title is required', () => {
    const result = buildReport({ title: undefined });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(REPORT_FILE);
    expect(result.output).toMatch(/2023-work-summary\.mdx:\d+ title — 必填，但没有填写/);
  });

  it('a year of 20XX names the value and asks for a four-digit year', () => {
    const result = buildReport({ year: '20XX' });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(REPORT_FILE);
    expect(result.output).toMatch(/2023-work-summary\.mdx:\d+ year — 「20XX」不是数字/);
    expect(result.output).toContain('四位数字年份');
  });

  it('an unknown metric id lists the metric ids that exist', () => {
    const result = buildReport({ metrics: '[{ metric: budget, value: 3 }]' });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('metrics 第1项 metric');
    expect(result.output).toContain('「budget」');
    expect(result.output).toContain('funds');
  });

  it('an unknown unit type lists the allowed types', () => {
    const result = buildWithContent({
      'units/test-bureau.mdx': validUnit.replace('type: 机关', 'type: 部门'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('src/content/units/test-bureau.mdx');
    expect(result.output).toMatch(/test-bureau\.mdx:\d+ type — 「部门」不是可选的值/);
    expect(result.output).toContain('宗教活动场所');
  });

  it('markup typed into frontmatter is shown as text, never run as HTML', () => {
    let reportPage = '';
    const result = buildWithContent(
      {
        'units/test-bureau.mdx': validUnit,
        'reports/test-bureau/2023-work-summary.mdx': reportWith({
          summary: '"摘要<script>alert(1)</script><img src=x onerror=alert(2)>结束"',
        }),
      },
      (dist) => (reportPage = readFileSync(join(dist, 'reports/test-bureau/2023-work-summary/index.html'), 'utf8')),
    );
    expect(result.ok).toBe(true);
    expect(reportPage).toContain('摘要&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;结束');
    // Inside a quoted attribute (the description meta) the text is inert; outside one it must not appear as markup.
    const outsideAttributes = reportPage.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<script>alert(1)');
    expect(outsideAttributes).not.toContain('<img src=x');
  });

  it('a published report with a placeholder or a mobile number is refused before rendering, naming file and line', () => {
    const result = buildWithContent({
      'units/test-bureau.mdx': validUnit,
      'reports/test-bureau/2023-work-summary.mdx': reportWith({}).replace(
        '全年开展民族团结宣传教育活动。',
        '全年开展民族团结宣传教育活动。\n\n**局联系人电话13812345678。',
      ),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/【错误】src\/content\/reports\/test-bureau\/2023-work-summary\.mdx:10 正文 — .*〔placeholder〕/);
    expect(result.output).toMatch(/【错误】src\/content\/reports\/test-bureau\/2023-work-summary\.mdx:10 正文 — .*〔mobile〕/);
    expect(result.output).toContain('内容检查发现 2 个错误，已停止构建');
  });
});
