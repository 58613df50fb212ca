/**
 * What the canvas of a chart needs before chart.js draws on it: its accessible name,
 * which says the numbers when they are few enough to listen to, and its height.
 */
import type { ChartSeries, ChartSpec } from './chartSpec';
import { formatChartValue } from './chartTable';

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

/** The plot's height in CSS pixels, reserved before chart.js draws (MetricChart.astro's styles use the same sizes). */
export function chartHeight(chart: ChartSpec): number {
  return chart.indexAxis === 'y' ? 56 + 34 * chart.categories.length : 280;
}
