/**
 * Chart specifications: what a chart shows, as plain data. The same object becomes
 * the canvas (in the browser), the table beside it, its CSV download and its
 * screen-reader label, so all four always hold the same numbers. The charts are built
 * in metricCharts.ts (across units) and trendCharts.ts (one unit over its years).
 */
import type { MetricAggregate, MetricDefinition, MetricKind } from './metricDefinitions';
import type { MetricPoint } from './metrics';

export interface ValueFormat {
  kind: MetricKind;
  unit: string;
}

export interface ChartSeries {
  label: string;
  /** One value per category; null where nothing was reported (JSON has no undefined) */
  values: (number | null)[];
  /** Bars for the figures themselves, a line for a reference such as a peer average */
  style: 'bar' | 'line';
  /** Index of a bar drawn in the highlight colour, e.g. the year of the report being read */
  highlight?: number;
}

export interface ChartSpec {
  /** Base name of the CSV download, ASCII */
  fileName: string;
  /** What the chart shows, as a reader would say it */
  caption: string;
  /** Header of the table's first column: 年份, 单位类型, 地区, 单位 */
  categoryLabel: string;
  categories: string[];
  /** Optional link per category (a ranking links each unit's page) */
  categoryLinks?: string[];
  series: ChartSeries[];
  format: ValueFormat;
  /** 'y' lays bars horizontally, for long category names such as unit names */
  indexAxis: 'x' | 'y';
  /** Categories are consecutive years (a trend), so a sparse series shows as figures, not a chart */
  timeline?: boolean;
}

/** How a metric's figures combine, in the words of a caption. */
export const AGGREGATE_WORDS: Record<MetricAggregate, string> = { sum: '合计', mean: '平均', max: '最高' };

export const formatOf = (definition: MetricDefinition): ValueFormat => ({ kind: definition.kind, unit: definition.unit });

export const seriesValues = <K>(points: readonly MetricPoint<K>[]) => points.map((point) => point.value ?? null);

/** One metric drawn as a bar per point, labelled by `label` of the point's key. */
export function metricBars<K>(
  definition: MetricDefinition,
  points: readonly MetricPoint<K>[],
  label: (key: K) => string,
  chart: Pick<ChartSpec, 'fileName' | 'caption' | 'categoryLabel' | 'timeline'>,
): ChartSpec {
  return {
    ...chart,
    categories: points.map((point) => label(point.key)),
    series: [{ label: definition.label, values: seriesValues(points), style: 'bar' }],
    format: formatOf(definition),
    indexAxis: 'x',
  };
}

export const yearLabel = (year: number) => `${year}年`;
/** Marks the year of the report being read among its unit's years. */
export const THIS_REPORT = '（本篇）';

/** Every year from the first to the last, so a year without figures shows as a gap rather than vanishing. */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Points per year over the whole span of `points`' years; the years between have no value. */
export function continuousYears(points: readonly MetricPoint<number>[]): MetricPoint<number>[] {
  const byYear = new Map(points.map((point) => [point.key, point]));
  return yearSpan(points.map((point) => point.key)).map((year) => byYear.get(year) ?? { key: year, value: undefined });
}

/** Whether any series has a figure: a chart of gaps only is not worth showing. */
export function chartHasData(chart: ChartSpec): boolean {
  return chart.series.some((series) => series.values.some((value) => value !== null));
}
