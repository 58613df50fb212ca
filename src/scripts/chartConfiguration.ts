/**
 * The chart.js configuration of a chart spec: bar and reference-line datasets, axes
 * and legend. Shared by the worker that draws charts off the page's thread and by the
 * fallback that draws on it, so both look the same. No DOM here: the page's font and
 * colours arrive as a theme, read once on the page.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { formatMetricValue } from '../lib/format';
import type { ChartSpec } from '../lib/chartSpec';
import { axisLabels } from '../lib/chartTable';
import { MIN_TREND_POINTS } from '../lib/sparseFigures';

/**
 * Only the parts our charts use are registered: importing `registerables` would pull
 * every chart type, scale and plugin into the bundle. The tooltip plugin is left out
 * on purpose: the table under each chart already gives every number.
 */
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

/** What canvas text cannot inherit from CSS: the page's Chinese font stack and colours. */
export interface ChartTheme {
  font: string;
  text: string;
  border: string;
}

/**
 * Okabe–Ito colours, distinguishable with every common colour-vision deficiency.
 * Colour is never the only cue: the highlighted year is also named on its axis
 * label, and the peer average is a dashed line with triangle points.
 */
const BAR_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9'];
const HIGHLIGHT_COLOUR = '#D55E00';

function dataset(series: ChartSpec['series'][number], index: number, theme: ChartTheme): ChartDataset<'bar' | 'line', (number | null)[]> {
  if (series.style === 'line') {
    return {
      type: 'line',
      label: series.label,
      data: series.values,
      // The reference line in the text colour, so it reads in dark mode too.
      borderColor: theme.text,
      backgroundColor: theme.text,
      borderDash: [6, 4],
      pointStyle: 'triangle',
      pointRadius: 6,
      // A gap stays a gap, and one or two points are only points: a line through them would invent a trend.
      spanGaps: false,
      showLine: series.values.filter((value) => value !== null).length >= MIN_TREND_POINTS,
      order: 0,
    };
  }
  const colour = BAR_COLOURS[index % BAR_COLOURS.length];
  return {
    type: 'bar',
    label: series.label,
    data: series.values,
    backgroundColor: series.values.map((_, i) => (i === series.highlight ? HIGHLIGHT_COLOUR : colour)),
    maxBarThickness: 48,
    order: 1,
  };
}

/** Canvas text does not inherit CSS: charts take the page's font stack and colours as defaults. */
export function applyTheme(theme: ChartTheme): void {
  Chart.defaults.font.family = theme.font;
  Chart.defaults.color = theme.text;
  if (theme.border) Chart.defaults.borderColor = theme.border;
}

/** A chart's configuration: bars and reference lines over labels of one line or several (a gap's 未报告 under its year). */
export type ChartSetup = ChartConfiguration<'bar' | 'line', (number | null)[], string | string[]>;

export function chartConfiguration(spec: ChartSpec, theme: ChartTheme): ChartSetup {
  const format = (value: number | string) => formatMetricValue(Number(value), spec.format);
  const valueAxis = spec.indexAxis === 'y' ? 'x' : 'y';
  return {
    type: 'bar',
    data: { labels: axisLabels(spec), datasets: spec.series.map((series, index) => dataset(series, index, theme)) },
    options: {
      indexAxis: spec.indexAxis,
      maintainAspectRatio: false,
      // No animation: each animated frame redraws every chart in view; a public site's figures need no entrance either.
      animation: false,
      scales: {
        // Rates are percentages: a full axis keeps 95% from looking like half of 100%.
        [valueAxis]: {
          beginAtZero: true,
          max: spec.format.kind === 'rate' ? 100 : undefined,
          ticks: { callback: format, maxTicksLimit: 6 },
        },
        [spec.indexAxis]: { ticks: { autoSkip: false, maxRotation: 45 } },
      },
      plugins: {
        legend: { display: spec.series.length > 1, labels: { usePointStyle: true } },
      },
    },
  };
}
