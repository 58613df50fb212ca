import { describe, expect, it } from 'vitest';
import { draftsOf } from '../../../src/import/drafts.ts';
import { loadUnits } from '../../../src/import/units.ts';
import { sentencesOf } from '../../../src/lib/text/sentences.ts';
import { corpusFiles, corpusText, hanOnly } from './corpusFiles.ts';

const units = loadUnits(['src/content/units']);
const drafts = Object.fromEntries(corpusFiles.map((name) => [name, draftsOf(corpusText(name), name, units)]));
const allDrafts = Object.values(drafts).flat();

/** Words only site chrome uses; none may reach a report body. */
const NOISE = [
  '##paid',
  '您好',
  '欢迎访问',
  '当前位置',
  '本文标题',
  '链接地址',
  '上一篇',
  '下一篇',
  '写作参考',
  '（5篇）',
  '第一篇',
  '第五篇',
  '*****',
];

describe('importing the raw corpus', () => {
  it('finds every file of the corpus', () => {
    expect(corpusFiles).toHaveLength(3);
  });

  it('splits each file into the reports it holds', () => {
    const counts = Object.fromEntries(Object.entries(drafts).map(([name, list]) => [name.slice(0, 3), list.length]));
    // 000 is one report; 001 two reports pasted together (numbering restarts at 一、);
    // 002 five 第N篇 articles plus a stray fragment under a bare title line.
    expect(counts).toEqual({ '000': 1, '001': 2, '002': 6 });
  });

  it('leaves no site noise in any body', () => {
    for (const draft of allDrafts) for (const noise of NOISE) expect(draft.body).not.toContain(noise);
  });

  it("keeps every sentence of the source's Chinese text in the report it belongs to", () => {
    for (const name of corpusFiles) {
      // The 〔待补：…〕 markers the importer puts where a placeholder hid a name are its own words.
      const kept = drafts[name]!.map((draft) => hanOnly(`${draft.sourceTitle ?? ''}${draft.body}`.replace(/〔待补：[^〕]*〕/g, ''))).join('|');
      const source = corpusText(name)
        .replace(/##paid(?:begin|end)##/g, '')
        .replace(/^民族团结进步创建工作总结2023年（5篇）$/m, '')
        .replace(/第[一二三四五]篇：/g, '');
      for (const sentence of source.split('\n').flatMap(sentencesOf)) {
        const han = hanOnly(sentence);
        if (han) expect(kept, `${name}: ${sentence}`).toContain(han);
      }
    }
  });

  it('reads unit, year and kind of the clearly stated reports', () => {
    const summary = allDrafts.map(({ entry }) => `${entry.unit} ${entry.year} ${entry.kind}`);
    expect(summary).toContain('hoxud-highway-branch 2026 工作总结'.replace('2026', String(new Date().getFullYear())));
    expect(summary).toContain('otog-petition-bureau 2023 活动总结');
    expect(summary).toContain('hongsibu-middle-school 2020 实施方案');
    expect(summary).toContain('shannan-civil-affairs 2020 情况汇报');
    expect(summary).toContain('hoxud-hrss-bureau 2023 情况汇报');
    expect(summary.filter((line) => line.startsWith('shanxi-ethnic-affairs'))).toHaveLength(2);
  });

  it('extracts the figures with the right metric and value', () => {
    const [highway] = drafts['000_d972c68f3068e1b8.txt']!;
    const metrics = highway!.entry.metrics;
    const find = (metric: string, value: number) => metrics.find((figure) => figure.metric === metric && figure.value === value);
    expect(find('donations', 3.2)?.note).toMatch(/累计捐款近3\.2万元.*约数：近/);
    expect(find('donations', 0.45)?.note).toContain('累计捐助资金4500元');
    expect(find('items-donated', 197)?.note).toContain('捐赠衣物197件');
    expect(find('people-reached', 120)?.note).toContain('120人次');
    expect(find('households-helped', 5)).toBeDefined();
    expect(find('articles', 24)).toBeDefined();
    const hrss = allDrafts.find(({ entry }) => entry.unit === 'hoxud-hrss-bureau')!;
    expect(hrss.entry.metrics).toEqual([expect.objectContaining({ metric: 'participation-rate', value: 100, unit: '%' })]);
    const province = allDrafts.find(({ entry }) => entry.unit === 'shanxi-ethnic-affairs' && entry.metrics.length > 0)!;
    expect(province.entry.metrics.map(({ metric, value }) => `${metric} ${value}`)).toEqual(['funds 90', 'funds 65500', 'funds 7009']);
  });

  it('keeps unmapped figures as candidates instead of dropping them', () => {
    const [highway] = drafts['000_d972c68f3068e1b8.txt']!;
    expect(highway!.entry.candidates).toContainEqual(expect.objectContaining({ value: 152, unit: '册' }));
    expect(highway!.entry.candidates).toContainEqual(expect.objectContaining({ value: 79, unit: '人' }));
  });

  it('flags placeholders and figures whose number is missing', () => {
    const warnings = allDrafts.flatMap(({ entry }) => entry.warnings).join('\n');
    for (const spot of ['**局', '202_年', '20XX年', '20xx年', '在职职工**人', '组长：_']) expect(warnings).toContain(spot);
    expect(warnings).toContain('农民年人均收入为元」');
    expect(warnings).toContain('贴息资金亿元');
  });

  it('flags the stray fragment as one', () => {
    const fragment = drafts['002_a1f593863f0cda20.txt']!.find((draft) => draft.body.startsWith('2山西省'));
    expect(fragment?.entry.warnings.join('\n')).toMatch(/残篇/);
  });
});
