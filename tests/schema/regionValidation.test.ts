import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent, reportWith } from './fixtureSite';

const unitWith = (name: string, region: string, type = '机关') => `---\nname: ${name}\ntype: ${type}\nregion: ${region}\n---\n单位简介。\n`;

/** The text of a built page without tags, so a region trail reads as one line. */
const pageText = (dist: string, path: string) =>
  readFileSync(join(dist, path, 'index.html'), 'utf8')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

describe('a unit region is checked against the division data set through astro build', { timeout: 180_000 }, () => {
  it('keeps a full path, completes the deepest name alone, and stores short forms in full', () => {
    const pages: Record<string, string> = {};
    const result = buildWithContent(
      {
        'units/full-path.mdx': unitWith('和硕县民族宗教事务局', '[新疆维吾尔自治区, 巴音郭楞蒙古自治州, 和硕县]'),
        'units/deepest-only.mdx': unitWith('芒市民族宗教事务局', '[芒市]'),
        'units/short-forms.mdx': unitWith('红河州民族宗教事务委员会', '[红河州]'),
        'units/short-province.mdx': unitWith('广西壮族自治区民族宗教事务委员会', '[广西]'),
        'reports/deepest-only/2023-work-summary.mdx': reportWith({ unit: 'deepest-only' }),
      },
      (dist) => {
        for (const id of ['full-path', 'deepest-only', 'short-forms', 'short-province']) pages[id] = pageText(dist, `units/${id}`);
        pages.regions = pageText(dist, 'regions');
        pages.json = readFileSync(join(dist, 'data/reports.json'), 'utf8');
      },
    );
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
    expect(pages['full-path']).toContain('新疆维吾尔自治区 · 巴音郭楞蒙古自治州 · 和硕县 （区划代码 652828）');
    expect(pages['deepest-only']).toContain('云南省 · 德宏傣族景颇族自治州 · 芒市 （区划代码 533103）');
    expect(pages['short-forms']).toContain('云南省 · 红河哈尼族彝族自治州 （区划代码 532500）');
    expect(pages['short-province']).toContain('广西壮族自治区 （区划代码 450000）');
    expect(JSON.parse(pages.json).reports[0].unit).toMatchObject({ region: ['云南省', '德宏傣族景颇族自治州', '芒市'], regionCode: '533103' });
    // Provinces in code order: 广西 45, 云南 53, 新疆 65.
    const order = ['广西壮族自治区', '云南省', '新疆维吾尔自治区'].map((name) => pages.regions.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('a wrong name fails the build naming the file and field, with the nearest name 「您是不是要写」', () => {
    const result = buildWithContent({ 'units/wrong-name.mdx': unitWith('和硕县民族宗教事务局', '[新疆维吾尔自治区, 巴音郭楞蒙古自治州, 和顺县]') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('src/content/units/wrong-name.mdx');
    expect(result.output).toMatch(/wrong-name\.mdx:\d+ region — 「和顺县」不在/);
    expect(result.output).toContain('您是不是要写：和硕县（新疆维吾尔自治区 › 巴音郭楞蒙古自治州）');
  });

  it('an ambiguous name fails the build listing the candidates with their parents', () => {
    const result = buildWithContent({ 'units/ambiguous.mdx': unitWith('朝阳区民族宗教事务办公室', '[朝阳区]') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('src/content/units/ambiguous.mdx');
    expect(result.output).toContain('「朝阳区」有多个同名地区');
    expect(result.output).toContain('朝阳区（北京市）');
    expect(result.output).toContain('朝阳区（吉林省 › 长春市）');
  });
});
