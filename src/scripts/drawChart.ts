/**
 * Draws a chart spec on its canvas with chart.js. This module is only ever loaded by
 * dynamic import (from MetricChart.astro, when a chart nears the viewport), so chart.js
 * arrives with it and a page without charts never downloads it.
 *
 * Only the parts our charts use are registered: importing `registerables` would pull
 * every chart type, scale and plugin into the bundle. The tooltip plugin is left out
 * on purpose: the table under each chart already gives every number, and dropping it
 * keeps a page with a chart under its 60 KB (gzip) budget.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartDataset,
} from 'chart.js';
import { formatMetricValue } from '../lib/format';
import type { ChartSpec } from '../lib/chartSpec';
import { axisLabels } from '../lib/chartTable';
import { MIN_TREND_POINTS } from '../lib/sparseFigures';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);
// Canvas text does not inherit CSS: give it the page's Chinese font stack and text colour.
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.color = getComputedStyle(document.body).color;
Chart.defaults.borderColor = getComputedStyle(document.documentElement).getPropertyValue('--color-border') || Chart.defaults.borderColor;

/**
 * Okabe–Ito colours, distinguishable with every common colour-vision deficiency.
 * Colour is never the only cue: the highlighted year is also named on its axis
 * label, and the peer average is a dashed line with triangle points.
 */
const BAR_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9'];
const HIGHLIGHT_COLOUR = '#D55E00';
/** The reference line in the text colour, so it reads in dark mode too. */
const LINE_COLOUR = getComputedStyle(document.body).color;

function dataset(series: ChartSpec['series'][number], index: number): ChartDataset<'bar' | 'line', (number | null)[]> {
  if (series.style === 'line') {
    return {
      type: 'line',
      label: series.label,
      data: series.values,
      borderColor: LINE_COLOUR,
      backgroundColor: LINE_COLOUR,
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

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart {
  const format = (value: number | string) => formatMetricValue(Number(value), spec.format);
  const valueAxis = spec.indexAxis === 'y' ? 'x' : 'y';
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: axisLabels(spec), datasets: spec.series.map(dataset) },
    options: {
      indexAxis: spec.indexAxis,
      // The wrapper's height is reserved in CSS before drawing, so the chart fills it.
      responsive: true,
      maintainAspectRatio: false,
      // No animation: each animated frame redraws every chart in view, which on a slow phone
      // blocks input for longer than drawing once; a public site's figures need no entrance either.
      animation: false,
      scales: {
        // Rates are percentages: a full axis keeps 95% from looking like half of 100%.
        [valueAxis]: { beginAtZero: true, max: spec.format.kind === 'rate' ? 100 : undefined, ticks: { callback: format, maxTicksLimit: 6 } },
        [spec.indexAxis]: { ticks: { autoSkip: false, maxRotation: 45 } },
      },
      plugins: {
        legend: { display: spec.series.length > 1, labels: { usePointStyle: true } },
      },
    },
  });
}

// A printed page is laid out at the paper's width: redraw every chart to fit it, and back again afterwards.
matchMedia('print').addEventListener('change', () => {
  for (const chart of Object.values(Chart.instances)) chart.resize();
});
