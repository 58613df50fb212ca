import { describe, expect, it } from 'vitest';
import { loadMetricDefinitions } from '../../../src/lib/metricDefinitions.ts';
import { entryFromText } from '../../../src/checks/entry.ts';
import { findFigures } from '../../../src/lib/text/figures.ts';
import { checkDuplicateReports } from '../../../src/checks/rules/duplicateReport.ts';
import { checkFutureYear } from '../../../src/checks/rules/futureYear.ts';
import { checkNoFigures } from '../../../src/checks/rules/noFigures.ts';
import { checkShortReport } from '../../../src/checks/rules/shortReport.ts';
import { checkUnitType } from '../../../src/checks/rules/unitType.ts';
import { checkUnitsWithoutReport } from '../../../src/checks/rules/unitWithoutReport.ts';
import { checkUnrecordedFigures } from '../../../src/checks/rules/unrecordedFigure.ts';
import type { LintEntry } from '../../../src/checks/types.ts';

const definitions = loadMetricDefinitions('src/content/metrics.yaml');
const now = new Date('2024-06-01T00:00:00Z');
const LONG_BODY = '各族干部职工深入学习党的民族理论和民族政策，'.repeat(12);

function report(fields: string, body = LONG_BODY, path = 'src/content/reports/demo/2023-work-summary.mdx'): LintEntry {
  const result = entryFromText(`---\nunit: demo\n${fields}\n---\n\n${body}\n`, path, true, path);
  if ('rule' in result) throw new Error(result.message);
  return result;
}

function unit(id: string): LintEntry {
  const path = `src/content/units/${id}.mdx`;
  const result = entryFromText(`---\nname: "${id}局"\ntype: 机关\n---\n\n简介。\n`, path, true, path);
  if ('rule' in result) throw new Error(result.message);
  return result;
}

describe('figures in text', () => {
  it('reads numbers with a metric unit, money in 万元', () => {
    expect(findFigures('投入7009万元、6.55亿元、4500元，90余万元，参学率100%，1.2万人次，会议5次').map(({ value, unit }) => [value, unit])).toEqual([
      [7009, '万元'],
      [65500, '万元'],
      [0.45, '万元'],
      [90, '万元'],
      [100, '%'],
      [12000, '人次'],
      [5, '次'],
    ]);
  });

  it('skips ordinals, years and dates', () => {
    expect(findFigures('第38个民族团结教育月，2023年3月18日，第3次会议')).toEqual([]);
  });
});

describe('future-year', () => {
  it('flags a report year after the current year, at the year field', () => {
    expect(checkFutureYear(report('year: 2032'), now)).toEqual([
      expect.objectContaining({ line: 3, column: 7, message: expect.stringContaining('2032') }),
    ]);
  });

  it('accepts this year and earlier ones', () => {
    expect(checkFutureYear(report('year: 2024'), now)).toEqual([]);
    expect(checkFutureYear(report('year: 2019'), now)).toEqual([]);
  });
});

describe('duplicate-report', () => {
  it('flags every report of one unit with the same year and kind, naming the other file', () => {
    const a = report('year: 2023\nkind: 工作总结', LONG_BODY, 'src/content/reports/demo/2023-work-summary.mdx');
    const b = report('year: 2023\nkind: 工作总结', LONG_BODY, 'src/content/reports/demo/2023-work-summary-2.mdx');
    const found = checkDuplicateReports([a, b]);
    expect(found.map((spot) => spot.entry)).toEqual([a, b]);
    expect(found[0]?.message).toContain('2023-work-summary-2.mdx');
  });

  it('accepts another year or another kind', () => {
    const a = report('year: 2023\nkind: 工作总结');
    expect(checkDuplicateReports([a, report('year: 2022\nkind: 工作总结'), report('year: 2023\nkind: 事迹材料')])).toEqual([]);
  });
});

describe('short-report', () => {
  it('warns about a body of fewer than 200 Chinese characters', () => {
    expect(checkShortReport(report('year: 2023', '只有一句话。'))).toEqual([
      expect.objectContaining({ line: 6, message: expect.stringContaining('5 个汉字') }),
    ]);
  });

  it('accepts a full report, and never judges units', () => {
    expect(checkShortReport(report('year: 2023'))).toEqual([]);
    expect(checkShortReport(unit('jia'))).toEqual([]);
  });
});

describe('no-figures', () => {
  it('warns when neither metrics nor the text hold a figure', () => {
    expect(checkNoFigures(report('year: 2023\nmetrics: []'), definitions)).toHaveLength(1);
  });

  it('accepts a figure in metrics or in the text', () => {
    expect(checkNoFigures(report('year: 2023\nmetrics:\n  - metric: events\n    value: 3'), definitions)).toEqual([]);
    expect(checkNoFigures(report('year: 2023', `${LONG_BODY}开展活动3次。`), definitions)).toEqual([]);
  });
});

describe('unrecorded-figure', () => {
  it('warns about a figure in the text that metrics do not record, at its column', () => {
    const entry = report('year: 2023\nmetrics:\n  - metric: funds\n    value: 0.45', '累计捐助资金4500元，开展活动3次。');
    expect(checkUnrecordedFigures(entry, definitions)).toEqual([
      expect.objectContaining({ line: 9, column: 17, message: expect.stringContaining('「3次」') }),
    ]);
  });

  it('matches figures by unit and value, money converted to 万元', () => {
    const entry = report(
      'year: 2023\nmetrics:\n  - metric: funds\n    value: 65500\n  - metric: participation-rate\n    value: 100',
      '拨付资金6.55亿元，参学率100%。',
    );
    expect(checkUnrecordedFigures(entry, definitions)).toEqual([]);
  });

  it('counts the figures of a sentence that a recorded figure sums as recorded', () => {
    const sentence = '开展讲座3次，专题学习6次，双语学习10次';
    const entry = report(`year: 2023\nmetrics:\n  - metric: events\n    value: 19\n    note: ${sentence}`, `${sentence}。另开展座谈2次。`);
    expect(checkUnrecordedFigures(entry, definitions)).toEqual([expect.objectContaining({ message: expect.stringContaining('「2次」') })]);
  });
});

describe('unit-without-report', () => {
  it('warns about a unit no report belongs to, and only that one', () => {
    const found = checkUnitsWithoutReport([unit('demo'), unit('lonely'), report('year: 2023')]);
    expect(found.map((spot) => spot.entry.unitId)).toEqual(['lonely']);
    expect(found[0]).toMatchObject({ line: 2, column: 7 });
  });
});

describe('unit-type', () => {
  function unitWith(name: string, type: string, region: string): LintEntry {
    const path = 'src/content/units/demo.mdx';
    const result = entryFromText(`---\nname: "${name}"\ntype: ${type}\nregion: ${region}\n---\n\n简介。\n`, path, true, path);
    if ('rule' in result) throw new Error(result.message);
    return result;
  }

  it('warns at the type field when a unit that is a division has another type', () => {
    expect(checkUnitType(unitWith('阳泉市', '机关', '[山西省, 阳泉市]'))).toEqual([
      expect.objectContaining({ line: 3, column: 7, message: expect.stringContaining('type 应为「市」，现在是「机关」') }),
    ]);
    expect(checkUnitType(unitWith('和硕县特吾里克镇', '社区', '[和硕县, 特吾里克镇]'))[0].message).toContain('type 应为「乡镇」');
  });

  it('accepts the type the division implies, also written as a word of its category (旗, 街道)', () => {
    expect(checkUnitType(unitWith('阳泉市', '市', '[山西省, 阳泉市]'))).toEqual([]);
    expect(checkUnitType(unitWith('鄂托克旗', '旗', '[内蒙古自治区, 鄂尔多斯市, 鄂托克旗]'))).toEqual([]);
  });

  it('leaves alone a body inside a division and a region it cannot read', () => {
    expect(checkUnitType(unitWith('鄂托克旗信访局', '机关', '[内蒙古自治区, 鄂尔多斯市, 鄂托克旗]'))).toEqual([]);
    expect(checkUnitType(unitWith('阳泉市', '机关', '[待定地区]'))).toEqual([]);
  });
});
