/**
 * Chart specifications: what a chart shows, as plain data. The same object becomes
 * the canvas (in the browser), the table beside it, its CSV download and its
 * screen-reader label, so all four always hold the same numbers.
 */
import { csvDataUrl, toCsv } from './csv';
import { formatMetricValue, formatNumber } from './format';
import type { MetricAggregate, MetricDefinition, MetricKind } from './metricDefinitions';
import {
  peerAverage,
  rankUnits,
  reportYears,
  totalsByRegion,
  totalsByUnitType,
  totalsByYear,
  unitTrend,
  type MetricPoint,
  type ReportWithFigures,
  type UnitFacts,
} from './metrics';
import { reportsOfUnitAmong } from './reports';

export interface ValueFormat {
  kind: MetricKind;
  unit: string;
}

interface ChartSeries {
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
const AGGREGATE_WORDS: Record<MetricAggregate, string> = { sum: '合计', mean: '平均', max: '最高' };

const REPORT_COUNT_FORMAT: ValueFormat = { kind: 'count', unit: '份' };

const formatOf = (definition: MetricDefinition): ValueFormat => ({ kind: definition.kind, unit: definition.unit });

const seriesValues = <K>(points: readonly MetricPoint<K>[]) => points.map((point) => point.value ?? null);

/** One metric drawn as a bar per point, labelled by `label` of the point's key. */
function metricBars<K>(
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

const yearLabel = (year: number) => `${year}年`;
/** Marks the year of the report being read among its unit's years. */
const THIS_REPORT = '（本篇）';

/** Every year from the first to the last, so a year without figures shows as a gap rather than vanishing. */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Points per year over the whole span of `points`' years; the years between have no value. */
function continuousYears(points: readonly MetricPoint<number>[]): MetricPoint<number>[] {
  const byYear = new Map(points.map((point) => [point.key, point]));
  return yearSpan(points.map((point) => point.key)).map((year) => byYear.get(year) ?? { key: year, value: undefined });
}

/** A metric summed (or averaged) over all units, per year. */
export function yearTotalsChart(reports: readonly ReportWithFigures[], definition: MetricDefinition): ChartSpec {
  return metricBars(definition, continuousYears(totalsByYear(reports, definition)), yearLabel, {
    fileName: `${definition.id}-by-year`,
    caption: `各年度${definition.label}（全部单位${AGGREGATE_WORDS[definition.aggregate]}）`,
    categoryLabel: '年份',
    timeline: true,
  });
}

/**
 * Metrics of the same kind side by side per unit type (participation and coverage
 * rates, say). Types where none of them was reported are left out.
 */
export function unitTypeChart(
  reports: readonly ReportWithFigures[],
  definitions: readonly MetricDefinition[],
  unitFacts: (unitId: string) => UnitFacts,
  types: readonly string[],
): ChartSpec {
  const perMetric = definitions.map((definition) => totalsByUnitType(reports, definition, unitFacts, types));
  const kept = types.filter((_, index) => perMetric.some((points) => points[index].value !== undefined));
  const labels = definitions.map((definition) => definition.label).join('与');
  return {
    fileName: `${definitions.map((definition) => definition.id).join('-')}-by-unit-type`,
    caption: `各类单位的${labels}（${AGGREGATE_WORDS[definitions[0].aggregate]}）`,
    categoryLabel: '单位类型',
    categories: kept,
    series: definitions.map((definition, index) => ({
      label: definition.label,
      values: seriesValues(perMetric[index].filter((point) => kept.includes(point.key))),
      style: 'bar',
    })),
    format: formatOf(definitions[0]),
    indexAxis: 'x',
  };
}

/** A metric per province (or another region level). */
export function regionTotalsChart(
  reports: readonly ReportWithFigures[],
  definition: MetricDefinition,
  unitFacts: (unitId: string) => UnitFacts,
): ChartSpec {
  return metricBars(definition, totalsByRegion(reports, definition, unitFacts), (region) => region, {
    fileName: `${definition.id}-by-region`,
    caption: `各省（区）${definition.label}（${AGGREGATE_WORDS[definition.aggregate]}）`,
    categoryLabel: '地区',
  });
}

/** How many reports each province published. */
export function reportCountByRegionChart(reports: readonly ReportWithFigures[], unitFacts: (unitId: string) => UnitFacts): ChartSpec {
  const counts = new Map<string, number>();
  for (const report of reports) {
    const province = unitFacts(report.data.unit.id).region[0] ?? '';
    counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  const provinces = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return {
    fileName: 'reports-by-region',
    caption: '各省（区）公开材料数',
    categoryLabel: '地区',
    categories: provinces,
    series: [{ label: '公开材料', values: provinces.map((province) => counts.get(province) ?? 0), style: 'bar' }],
    format: REPORT_COUNT_FORMAT,
    indexAxis: 'x',
  };
}

/** Units on one metric over all their years, highest first, as horizontal bars. */
export function rankingChart(
  reports: readonly ReportWithFigures[],
  definition: MetricDefinition,
  unitName: (unitId: string) => string,
  unitHref: (unitId: string) => string,
): ChartSpec {
  const ranks = rankUnits(reports, definition);
  const basis = { sum: '历年累计', mean: '历年平均', max: '历年最高' }[definition.aggregate];
  return {
    fileName: `${definition.id}-ranking`,
    caption: `各单位${definition.label}排名（${basis}）`,
    categoryLabel: '名次与单位',
    categories: ranks.map((entry) => `${entry.rank}. ${unitName(entry.unitId)}`),
    categoryLinks: ranks.map((entry) => unitHref(entry.unitId)),
    series: [{ label: definition.label, values: ranks.map((entry) => entry.value), style: 'bar' }],
    format: formatOf(definition),
    indexAxis: 'y',
  };
}

export interface ChartUnit {
  id: string;
  name: string;
}

/** One unit's figures for a metric across the years it has reports. */
export function unitTrendChart(reports: readonly ReportWithFigures[], unit: ChartUnit, definition: MetricDefinition): ChartSpec {
  return metricBars(definition, continuousYears(unitTrend(reports, unit.id, definition)), yearLabel, {
    fileName: `${unit.id}-${definition.id}`,
    caption: `${unit.name}历年${definition.label}`,
    categoryLabel: '年份',
    timeline: true,
  });
}

/** A trend chart for every metric the unit reported in any year, in the definitions' order. */
export function unitTrendCharts(reports: readonly ReportWithFigures[], unit: ChartUnit, definitions: readonly MetricDefinition[]): ChartSpec[] {
  return definitions
    .map((definition) => unitTrendChart(reports, unit, definition))
    .filter((chart) => chart.series[0].values.some((value) => value !== null));
}

export interface ComparisonContext {
  unit: ChartUnit & { type: string };
  /** The year of the report being read */
  year: number;
  /** Other units of the same type */
  peerUnitIds: readonly string[];
}

/**
 * One metric of a report: the unit's figure in every year it reported (this year
 * highlighted and marked in words, not by colour alone), with the average of its
 * peers of the same type as a line wherever a peer reported.
 */
export function reportComparisonChart(reports: readonly ReportWithFigures[], context: ComparisonContext, definition: MetricDefinition): ChartSpec {
  const { unit, year, peerUnitIds } = context;
  const years = yearSpan(reportYears(reportsOfUnitAmong(reports, unit.id)));
  const own = continuousYears(unitTrend(reports, unit.id, definition));
  const peers = years.map((y) => peerAverage(reports, peerUnitIds, y, definition) ?? null);
  const series: ChartSeries[] = [{ label: unit.name, values: seriesValues(own), style: 'bar', highlight: years.indexOf(year) }];
  if (peers.some((value) => value !== null)) series.push({ label: `同类单位（${unit.type}）平均`, values: peers, style: 'line' });
  return {
    fileName: `${unit.id}-${year}-${definition.id}`,
    caption: `${definition.label}：${year}年与本单位其他年度${series.length > 1 ? '及同类单位平均' : ''}对比`,
    categoryLabel: '年份',
    categories: years.map((y) => (y === year ? `${yearLabel(y)}${THIS_REPORT}` : yearLabel(y))),
    series,
    format: formatOf(definition),
    indexAxis: 'x',
    timeline: true,
  };
}

/** One comparison chart per metric the report gives, in the definitions' order. */
export function reportComparisonCharts(
  reports: readonly ReportWithFigures[],
  context: ComparisonContext,
  reportedMetricIds: readonly string[],
  definitions: readonly MetricDefinition[],
): ChartSpec[] {
  return definitions
    .filter((definition) => reportedMetricIds.includes(definition.id))
    .map((definition) => reportComparisonChart(reports, context, definition));
}

/** Whether any series has a figure: a chart of gaps only is not worth showing. */
export function chartHasData(chart: ChartSpec): boolean {
  return chart.series.some((series) => series.values.some((value) => value !== null));
}

/** What a gap in a chart's numbers means, in its table, its label and on its axis. */
export const NOT_REPORTED = '未报告';

/** A figure as the table and the label show it; a gap says it was not reported (never a bare dash, never zero). */
export function formatChartValue(value: number | null, format: ValueFormat): string {
  return value === null ? NOT_REPORTED : formatMetricValue(value, format);
}

/** The category axis's labels: a category where no series has a figure gets 未报告 on a second line. */
export function axisLabels(chart: ChartSpec): (string | string[])[] {
  return chart.categories.map((category, index) =>
    chart.series.every((series) => series.values[index] === null) ? [category, NOT_REPORTED] : category,
  );
}

/** Below this many reported points a trend is told in figures: a line or bars through one or two points mislead. */
export const MIN_TREND_POINTS = 3;

export interface HeadlineFigure {
  /** The category, e.g. 2021年 */
  label: string;
  value: string;
  /** How it changed from the figure before it, e.g. 比2019年增加 2万元（+25%） */
  change?: string;
}

/** How one figure differs from an earlier one, in words: rates in percentage points, others with the ratio too. */
export function describeChange(from: number, to: number, format: ValueFormat, since: string): string {
  if (from === to) return `与${since}持平`;
  const verb = format.kind === 'rate' ? (to > from ? '提高' : '下降') : to > from ? '增加' : '减少';
  const difference = Math.abs(to - from);
  if (format.kind === 'rate') return `比${since}${verb} ${formatNumber(difference)} 个百分点`;
  const ratio = from === 0 ? '' : `（${to > from ? '+' : '−'}${formatNumber(Math.round((difference / Math.abs(from)) * 1000) / 10)}%）`;
  return `比${since}${verb} ${formatMetricValue(difference, format)}${ratio}`;
}

/**
 * A trend with fewer than MIN_TREND_POINTS figures in its first series, as headline
 * numbers (value, year, change since the one before); undefined when it has enough
 * figures to be drawn, or is not a trend over years.
 */
export function sparseFigures(chart: ChartSpec): HeadlineFigure[] | undefined {
  if (!chart.timeline) return undefined;
  const [main] = chart.series;
  const points = chart.categories
    .map((label, index) => ({ label, value: main.values[index] }))
    .filter((point): point is { label: string; value: number } => point.value !== null);
  if (points.length >= MIN_TREND_POINTS) return undefined;
  return points.map((point, index) => ({
    label: point.label,
    value: formatMetricValue(point.value, chart.format),
    change:
      index === 0 ? undefined : describeChange(points[index - 1].value, point.value, chart.format, points[index - 1].label.replace(THIS_REPORT, '')),
  }));
}

/** Above this many categories the label names the extremes instead of reading every value. */
const MAX_SPOKEN_CATEGORIES = 12;

/**
 * The canvas's accessible name: the kind of chart, what it shows, and its numbers
 * when they are few enough to listen to (the table beside it holds them all).
 */
export function describeChart(chart: ChartSpec): string {
  const shape = chart.series.some((s) => s.style === 'line') ? '柱状图与折线图' : chart.indexAxis === 'y' ? '条形图' : '柱状图';
  const spoken = (series: ChartSeries) => {
    const pairs = chart.categories.map((category, index) => ({ category, value: series.values[index] }));
    if (pairs.length <= MAX_SPOKEN_CATEGORIES)
      return pairs.map((pair) => `${pair.category} ${formatChartValue(pair.value, chart.format)}`).join('，');
    const reported = pairs.filter((pair) => pair.value !== null).sort((a, b) => b.value! - a.value!);
    const [high, low] = [reported[0], reported.at(-1)];
    if (!high || !low) return `共 ${pairs.length} 项，均无数据`;
    return `共 ${pairs.length} 项，最高 ${high.category} ${formatChartValue(high.value, chart.format)}，最低 ${low.category} ${formatChartValue(low.value, chart.format)}`;
  };
  const body = chart.series.length === 1 ? spoken(chart.series[0]) : chart.series.map((series) => `${series.label}：${spoken(series)}`).join('；');
  return `${shape}：${chart.caption}。${body}。`;
}

/** The chart's numbers as CSV: raw values (money in 万元), the unit in each column header. */
export function chartCsv(chart: ChartSpec): string {
  const header = [chart.categoryLabel, ...chart.series.map((series) => `${series.label}（${chart.format.unit}）`)];
  const rows = chart.categories.map((category, index) => [category, ...chart.series.map((series) => series.values[index])]);
  return toCsv([header, ...rows]);
}

export function chartCsvDataUrl(chart: ChartSpec): string {
  return csvDataUrl(chartCsv(chart));
}

/** The plot's height in CSS pixels, reserved before chart.js draws (MetricChart.astro's styles use the same sizes). */
export function chartHeight(chart: ChartSpec): number {
  return chart.indexAxis === 'y' ? 56 + 34 * chart.categories.length : 280;
}
