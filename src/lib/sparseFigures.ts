/**
 * A trend with too few figures to draw, told in numbers instead: each figure with its
 * year and how it changed since the one before (MetricFigures.astro shows them).
 */
import { THIS_REPORT, type ChartSpec, type ValueFormat } from './chartSpec';
import { formatMetricValue, formatNumber } from './format';

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
