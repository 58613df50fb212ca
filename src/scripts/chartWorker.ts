/**
 * A worker that draws the page's charts with chart.js on canvases handed over by
 * `drawChart.ts`, so neither chart.js's start-up nor its drawing blocks the page's
 * thread: a phone stays responsive to taps while charts appear (chart.js documents
 * this use: "Parallel rendering with web workers").
 *
 * Messages in: `draw` (an OffscreenCanvas, its spec, the page's theme and pixel ratio)
 * and `resize` (the canvas's new CSS size). Message out: `drawn` with the chart's id.
 */
import { Chart } from 'chart.js';
import { applyTheme, chartConfiguration, type ChartTheme } from './chartConfiguration';
import type { ChartSpec } from '../lib/chartSpec';

export type ChartWorkerMessage =
  | { type: 'draw'; id: number; canvas: OffscreenCanvas; spec: ChartSpec; theme: ChartTheme; pixelRatio: number }
  | { type: 'resize'; id: number; width: number; height: number };

const charts = new Map<number, Chart<'bar' | 'line', (number | null)[], string | string[]>>();

addEventListener('message', ({ data }: MessageEvent<ChartWorkerMessage>) => {
  if (data.type === 'draw') {
    applyTheme(data.theme);
    const configuration = chartConfiguration(data.spec, data.theme);
    // Off the page, chart.js cannot watch the canvas's box: its size arrives in `resize` messages.
    configuration.options = { ...configuration.options, responsive: false, devicePixelRatio: data.pixelRatio };
    // chart.js draws on an OffscreenCanvas (its BasicPlatform), though its types name only a page's canvas.
    charts.set(data.id, new Chart(data.canvas as unknown as HTMLCanvasElement, configuration));
    postMessage({ type: 'drawn', id: data.id });
  } else {
    charts.get(data.id)?.resize(data.width, data.height);
  }
});
