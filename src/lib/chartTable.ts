/**
 * A chart's numbers as its table, its CSV download and its axis show them, with the
 * gaps (years or types where nothing was reported) said as 未报告, never as zero.
 */
import type { ChartSpec, ValueFormat } from './chartSpec';
import { csvDataUrl, toCsv } from './csv';
import { formatMetricValue } from './format';

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

interface TableCell {
  /** The figure as the table shows it, 未报告 for a gap */
  text: string;
  /** The raw figure, undefined for a gap */
  value?: number;
}

export interface ChartTableData {
  rows: { category: string; href?: string; cells: TableCell[] }[];
  /** Whether a note must say what 未报告 means */
  hasGaps: boolean;
  /** Tables of several columns or long names may not fit a phone; a two-column one of years does. */
  mayScroll: boolean;
}

/** The table under a chart: a row per category, a cell per series. */
export function chartTable(chart: ChartSpec): ChartTableData {
  return {
    rows: chart.categories.map((category, index) => ({
      category,
      href: chart.categoryLinks?.[index],
      cells: chart.series.map((series) => ({ text: formatChartValue(series.values[index], chart.format), value: series.values[index] ?? undefined })),
    })),
    hasGaps: chart.series.some((series) => series.values.includes(null)),
    mayScroll: chart.series.length > 1 || chart.indexAxis === 'y',
  };
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
