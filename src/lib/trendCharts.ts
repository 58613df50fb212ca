/**
 * Charts of one unit over its years: each metric's trend (a unit's page), and a
 * report's figures against the unit's other years and its peers (a report's page).
 * A year without figures stays on the axis as a gap.
 */
import { continuousYears, formatOf, metricBars, seriesValues, THIS_REPORT, yearLabel, yearSpan, type ChartSeries, type ChartSpec } from './chartSpec';
import type { MetricDefinition } from './metricDefinitions';
import { peerAverage, reportYears, unitTrend, type ReportWithFigures } from './metrics';
import { reportsOfUnitAmong } from './reports';

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
