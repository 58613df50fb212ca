import { describe, expect, it } from 'vitest';
import type { MetricDefinition } from '../../src/lib/metricDefinitions';
import { aggregate, metricsByYear, metricTotal, valuesOf, type Figure, type ReportWithFigures } from '../../src/lib/metrics';

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

describe('metricsByYear', () => {
  it('columns are the years with reports, oldest first', () => {
    const reports = [report('u', 2023, fig('funds', 1)), report('u', 2021, fig('funds', 1)), report('u', 2022)];
    expect(metricsByYear(reports, [funds]).years).toEqual([2021, 2022, 2023]);
  });

  it('a year without a figure for a metric is undefined in its row', () => {
    const reports = [report('u', 2021, fig('funds', 10)), report('u', 2022, fig('events', 3)), report('u', 2023, fig('funds', 30))];
    const { rows } = metricsByYear(reports, [funds, events]);
    expect(rows.find((r) => r.definition === funds)?.values).toEqual([10, undefined, 30]);
    expect(rows.find((r) => r.definition === events)?.values).toEqual([undefined, 3, undefined]);
  });

  it('figures of one metric in the same year combine by its definition', () => {
    const reports = [
      report('u', 2023, fig('funds', 10), fig('participation-rate', 80), fig('peak', 5)),
      report('u', 2023, fig('funds', 15), fig('participation-rate', 100), fig('peak', 9)),
    ];
    const { rows } = metricsByYear(reports, [funds, rate, peak]);
    expect(rows.map((r) => [r.definition.id, r.values])).toEqual([
      ['funds', [25]],
      ['participation-rate', [90]],
      ['peak', [9]],
    ]);
  });

  it('only metrics reported in some year get a row, in the definitions order', () => {
    const reports = [report('u', 2022, fig('events', 2), fig('funds', 1))];
    const { rows } = metricsByYear(reports, [funds, rate, events, peak]);
    expect(rows.map((r) => r.definition.id)).toEqual(['funds', 'events']);
  });

  it('a reported zero still gets its row', () => {
    const { rows } = metricsByYear([report('u', 2022, fig('funds', 0))], [funds]);
    expect(rows).toEqual([{ definition: funds, values: [0] }]);
  });

  it('no reports yields no years and no rows', () => {
    expect(metricsByYear([], [funds, rate])).toEqual({ years: [], rows: [] });
  });
});
