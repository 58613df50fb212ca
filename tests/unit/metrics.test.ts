import { describe, expect, it } from 'vitest';
import type { MetricDefinition } from '../../src/lib/metricDefinitions';
import {
  aggregate,
  aggregateBy,
  metricTotal,
  peerAverage,
  rankUnits,
  reportYears,
  summarizeMetric,
  totalsByRegion,
  totalsByUnitType,
  totalsByYear,
  unitTrend,
  unitYearValue,
  valuesOf,
  type Figure,
  type ReportWithFigures,
  type UnitFacts,
} from '../../src/lib/metrics';
import { reportsOfUnitAmong } from '../../src/lib/reports';

const definition = (id: string, kind: MetricDefinition['kind'], how: MetricDefinition['aggregate']): MetricDefinition => ({
  id,
  label: id,
  unit: kind === 'rate' ? '%' : kind === 'amount' ? '万元' : '次',
  kind,
  aggregate: how,
  description: '',
});

const funds = definition('funds', 'amount', 'sum');
const rate = definition('participation-rate', 'rate', 'mean');
const peak = definition('peak', 'count', 'max');
const events = definition('events', 'count', 'sum');

const report = (unit: string, year: number, ...metrics: Figure[]): ReportWithFigures => ({
  data: { unit: { id: unit }, year, metrics },
});
const fig = (metric: string, value: number): Figure => ({ metric, value });

describe('aggregate', () => {
  it('a sum adds the figures', () => {
    expect(aggregate([1, 2, 3.5], 'sum')).toBe(6.5);
  });

  it('a rate mean averages', () => {
    expect(aggregate([90, 100, 95], 'mean')).toBe(95);
  });

  it('a max keeps the largest figure', () => {
    expect(aggregate([3, 12, 7], 'max')).toBe(12);
  });

  it('no figures yields undefined, not 0', () => {
    expect(aggregate([], 'sum')).toBeUndefined();
    expect(aggregate([], 'mean')).toBeUndefined();
    expect(aggregate([], 'max')).toBeUndefined();
  });

  it('a single figure is its own sum, mean and max', () => {
    expect(aggregate([42], 'sum')).toBe(42);
    expect(aggregate([42], 'mean')).toBe(42);
    expect(aggregate([42], 'max')).toBe(42);
  });

  it('zeros are figures, not gaps: a sum of zeros is 0 and they pull a mean down', () => {
    expect(aggregate([0, 0], 'sum')).toBe(0);
    expect(aggregate([0, 100], 'mean')).toBe(50);
  });
});

describe('valuesOf', () => {
  it("collects one metric's figures across reports, in report order", () => {
    const reports = [report('u', 2022, fig('funds', 10), fig('events', 3)), report('v', 2023, fig('funds', 5))];
    expect(valuesOf(reports, 'funds')).toEqual([10, 5]);
  });

  it('keeps every figure of the metric within one report', () => {
    expect(valuesOf([report('u', 2022, fig('funds', 10), fig('funds', 4))], 'funds')).toEqual([10, 4]);
  });

  it('a metric nobody reported yields no values', () => {
    expect(valuesOf([report('u', 2022, fig('funds', 10))], 'events')).toEqual([]);
  });
});

describe('metricTotal', () => {
  const reports = [
    report('u', 2022, fig('funds', 100), fig('participation-rate', 90)),
    report('v', 2023, fig('funds', 250.5), fig('participation-rate', 100)),
  ];

  it("an amount totals by its definition's sum", () => {
    expect(metricTotal(reports, funds)).toBe(350.5);
  });

  it("a rate totals by its definition's mean", () => {
    expect(metricTotal(reports, rate)).toBe(95);
  });

  it('a metric without figures has no total', () => {
    expect(metricTotal(reports, events)).toBeUndefined();
  });

  it('no reports means no total', () => {
    expect(metricTotal([], funds)).toBeUndefined();
  });
});

describe('aggregateBy', () => {
  const reports = [
    report('u', 2021, fig('funds', 10)),
    report('v', 2021, fig('funds', 5)),
    report('u', 2022, fig('events', 3)),
    report('v', 2023, fig('funds', 1)),
  ];

  it('combines figures per category by the definition (a sum per year)', () => {
    expect(aggregateBy(reports, funds, (r) => r.data.year)).toEqual([
      { key: 2021, value: 15 },
      { key: 2023, value: 1 },
    ]);
  });

  it('given keys, keeps their order and shows a category without figures as a gap', () => {
    expect(aggregateBy(reports, funds, (r) => r.data.year, [2023, 2022, 2021])).toEqual([
      { key: 2023, value: 1 },
      { key: 2022, value: undefined },
      { key: 2021, value: 15 },
    ]);
  });

  it('a rate averages every figure in the category', () => {
    const rates = [report('u', 2021, fig('participation-rate', 90)), report('v', 2021, fig('participation-rate', 100))];
    expect(aggregateBy(rates, rate, (r) => r.data.year)).toEqual([{ key: 2021, value: 95 }]);
  });
});

describe('totalsByYear', () => {
  it('has a point for every year with reports, oldest first; an empty year is a gap, not 0', () => {
    const reports = [report('u', 2023, fig('funds', 30)), report('u', 2021, fig('funds', 10)), report('v', 2022, fig('events', 3))];
    expect(totalsByYear(reports, funds)).toEqual([
      { key: 2021, value: 10 },
      { key: 2022, value: undefined },
      { key: 2023, value: 30 },
    ]);
  });

  it('sums amounts of several units in a year', () => {
    const reports = [report('u', 2022, fig('funds', 7009), fig('funds', 1270)), report('v', 2022, fig('funds', 21))];
    expect(totalsByYear(reports, funds)).toEqual([{ key: 2022, value: 8300 }]);
  });

  it('averages a rate over the figures of the year', () => {
    const reports = [report('u', 2022, fig('participation-rate', 80)), report('v', 2022, fig('participation-rate', 95))];
    expect(totalsByYear(reports, rate)).toEqual([{ key: 2022, value: 87.5 }]);
  });

  it('keeps the largest figure of a year for a max metric', () => {
    const reports = [report('u', 2022, fig('peak', 4)), report('v', 2022, fig('peak', 9))];
    expect(totalsByYear(reports, peak)).toEqual([{ key: 2022, value: 9 }]);
  });

  it('no reports, no years', () => {
    expect(totalsByYear([], funds)).toEqual([]);
  });
});

describe('reportYears', () => {
  it('lists each year once, oldest first', () => {
    expect(reportYears([report('u', 2023), report('v', 2019), report('u', 2023)])).toEqual([2019, 2023]);
  });
});

describe('unitTrend and unitYearValue', () => {
  const reports = [
    report('u', 2021, fig('funds', 10)),
    report('u', 2022),
    report('u', 2023, fig('funds', 4), fig('funds', 6)),
    report('v', 2020, fig('funds', 99)),
  ];

  it("a unit's trend covers only its own years, with gaps where it gave no figure", () => {
    expect(unitTrend(reports, 'u', funds)).toEqual([
      { key: 2021, value: 10 },
      { key: 2022, value: undefined },
      { key: 2023, value: 10 },
    ]);
  });

  it("a unit's year value combines its figures of that year and ignores other units", () => {
    expect(unitYearValue(reports, 'u', 2023, funds)).toBe(10);
    expect(unitYearValue(reports, 'u', 2020, funds)).toBeUndefined();
  });
});

describe('peerAverage', () => {
  const reports = [
    report('a', 2022, fig('funds', 10), fig('funds', 20)),
    report('b', 2022, fig('funds', 60)),
    report('c', 2022, fig('events', 5)),
    report('a', 2021, fig('participation-rate', 90)),
    report('b', 2021, fig('participation-rate', 80)),
  ];

  it("averages each peer's combined figure for the year (a: 10 + 20, b: 60 → 45)", () => {
    expect(peerAverage(reports, ['a', 'b', 'c'], 2022, funds)).toBe(45);
  });

  it('a peer that reported nothing is left out, not counted as 0', () => {
    expect(peerAverage(reports, ['a', 'c'], 2022, funds)).toBe(30);
  });

  it('averages rates across peers', () => {
    expect(peerAverage(reports, ['a', 'b'], 2021, rate)).toBe(85);
  });

  it('is undefined in a year no peer reported, or without peers', () => {
    expect(peerAverage(reports, ['a', 'b'], 2020, funds)).toBeUndefined();
    expect(peerAverage(reports, [], 2022, funds)).toBeUndefined();
  });

  it('answers each list of reports and each list of peers for itself, though it keeps what it worked out', () => {
    const peers = ['a', 'b'];
    expect(peerAverage(reports, peers, 2022, funds)).toBe(45);
    expect(peerAverage(reports, peers, 2021, rate)).toBe(85);
    const later = [...reports, report('b', 2022, fig('funds', 40))];
    expect(peerAverage(later, peers, 2022, funds)).toBe(65);
    expect(peerAverage(reports, ['b'], 2022, funds)).toBe(60);
    expect(peerAverage(reports, peers, 2022, funds)).toBe(45);
  });
});

describe('rankUnits', () => {
  it('ranks units highest first on their total over all years', () => {
    const reports = [report('a', 2021, fig('funds', 5)), report('b', 2021, fig('funds', 8)), report('a', 2022, fig('funds', 6))];
    expect(rankUnits(reports, funds)).toEqual([
      { unitId: 'a', value: 11, rank: 1 },
      { unitId: 'b', value: 8, rank: 2 },
    ]);
  });

  it('equal values share a rank and the next rank is skipped', () => {
    const reports = [
      report('a', 2021, fig('participation-rate', 100)),
      report('b', 2021, fig('participation-rate', 100)),
      report('c', 2021, fig('participation-rate', 90)),
    ];
    expect(rankUnits(reports, rate).map((r) => [r.unitId, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
  });

  it('ranks a rate by the mean of the unit’s figures', () => {
    const reports = [report('a', 2021, fig('participation-rate', 100)), report('a', 2022, fig('participation-rate', 90))];
    expect(rankUnits(reports, rate)).toEqual([{ unitId: 'a', value: 95, rank: 1 }]);
  });

  it('units without the metric are not ranked', () => {
    expect(rankUnits([report('a', 2021, fig('events', 1))], funds)).toEqual([]);
  });
});

describe('totalsByUnitType and totalsByRegion', () => {
  const facts: Record<string, UnitFacts> = {
    a: { type: '学校', region: ['山西省', '太原市'] },
    b: { type: '机关', region: ['山西省'] },
    c: { type: '学校', region: ['宁夏回族自治区', '吴忠市'] },
  };
  const unitFacts = (id: string) => facts[id];
  const reports = [
    report('a', 2021, fig('participation-rate', 100)),
    report('c', 2021, fig('participation-rate', 90)),
    report('b', 2021, fig('funds', 50)),
    report('a', 2022, fig('funds', 5)),
    report('c', 2022, fig('funds', 7)),
  ];

  it('averages a rate per unit type, in the order of the given types, gaps included', () => {
    expect(totalsByUnitType(reports, rate, unitFacts, ['机关', '学校'])).toEqual([
      { key: '机关', value: undefined },
      { key: '学校', value: 95 },
    ]);
  });

  it('sums an amount per province, in Chinese collation order', () => {
    expect(totalsByRegion(reports, funds, unitFacts)).toEqual([
      { key: '宁夏回族自治区', value: 7 },
      { key: '山西省', value: 55 },
    ]);
  });

  it('at a deeper level, a unit registered higher up counts under its own region', () => {
    expect(totalsByRegion(reports, funds, unitFacts, 2).map((p) => [p.key, p.value])).toEqual([
      ['山西省', 50],
      ['太原市', 5],
      ['吴忠市', 7],
    ]);
  });
});

describe('summarizeMetric', () => {
  it('counts figures, reports and units, and combines the figures', () => {
    const reports = [report('a', 2021, fig('funds', 1), fig('funds', 2)), report('a', 2022, fig('funds', 3)), report('b', 2022)];
    expect(summarizeMetric(reports, funds)).toEqual({ definition: funds, figureCount: 3, reportCount: 2, unitCount: 1, total: 6 });
  });

  it('a metric nobody reported has no total', () => {
    expect(summarizeMetric([report('a', 2021)], funds)).toMatchObject({ figureCount: 0, unitCount: 0, total: undefined });
  });
});

describe('reportsOfUnitAmong', () => {
  const of = (unit: string, year: number): ReportWithFigures => ({ data: { unit: { id: unit }, year, metrics: [] } });

  it("gives the unit's reports in their order, and none for a unit without reports", () => {
    const reports = [of('a', 2021), of('b', 2021), of('a', 2023)];
    expect(reportsOfUnitAmong(reports, 'a')).toEqual([reports[0], reports[2]]);
    expect(reportsOfUnitAmong(reports, 'c')).toEqual([]);
  });

  it('groups each array of reports on its own', () => {
    const first = [of('a', 2021)];
    const second = [of('a', 2022), of('a', 2023)];
    expect(reportsOfUnitAmong(first, 'a')).toHaveLength(1);
    expect(reportsOfUnitAmong(second, 'a')).toHaveLength(2);
  });
});
