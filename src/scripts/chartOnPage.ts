/**
 * Draws a chart with chart.js on the page's own thread, for browsers that cannot hand
 * a canvas to a worker (see drawChart.ts). Loaded only by those browsers.
 */
import { Chart } from 'chart.js';
import { applyTheme, chartConfiguration, type ChartTheme } from './chartConfiguration';
import type { ChartSpec } from '../lib/chartSpec';

export function drawOnPage(canvas: HTMLCanvasElement, spec: ChartSpec, theme: ChartTheme): void {
  applyTheme(theme);
  const configuration = chartConfiguration(spec, theme);
  // The wrapper's height is reserved in CSS before drawing, so the chart fills it.
  configuration.options = { ...configuration.options, responsive: true };
  new Chart(canvas, configuration);
}

// A printed page is laid out at the paper's width: redraw every chart to fit it, and back again afterwards.
matchMedia('print').addEventListener('change', () => {
  for (const chart of Object.values(Chart.instances)) chart.resize();
});
