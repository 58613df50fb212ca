/**
 * Draws a chart spec on its canvas. This module is only ever loaded by dynamic import
 * (from MetricChart.astro, when a chart nears the viewport), so a page without charts
 * never downloads chart code.
 *
 * Where the browser can hand a canvas to a worker (OffscreenCanvas: every current
 * browser), chart.js starts and draws in `chartWorker.ts`, off the page's thread, so
 * a phone never stalls on it; an older browser imports chart.js here and draws on the
 * page (`chartOnPage.ts`). Both use the same configuration, so both look the same.
 */
import type { ChartSpec } from '../lib/chartSpec';
import type { ChartTheme } from './chartConfiguration';
import type { ChartWorkerMessage } from './chartWorker';

/** The page's font stack and colours, which canvas text cannot take from CSS. */
function pageTheme(): ChartTheme {
  const body = getComputedStyle(document.body);
  return {
    font: body.fontFamily,
    text: body.color,
    border: getComputedStyle(document.documentElement).getPropertyValue('--color-border').trim(),
  };
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, () => void>();

function chartWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./chartWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', ({ data }: MessageEvent<{ type: 'drawn'; id: number }>) => {
      pending.get(data.id)?.();
      pending.delete(data.id);
    });
  }
  return worker;
}

async function drawInWorker(canvas: HTMLCanvasElement, spec: ChartSpec): Promise<void> {
  const id = nextId++;
  const post = (message: ChartWorkerMessage, transfer: Transferable[] = []) => chartWorker().postMessage(message, transfer);
  // chart.js off the page takes the canvas's CSS size from its bitmap size, and scales by the pixel ratio itself.
  const { width, height } = canvas.getBoundingClientRect();
  canvas.width = Math.round(width);
  canvas.height = Math.round(height);
  const offscreen = canvas.transferControlToOffscreen();
  const drawn = new Promise<void>((resolve) => pending.set(id, resolve));
  post({ type: 'draw', id, canvas: offscreen, spec, theme: pageTheme(), pixelRatio: devicePixelRatio }, [offscreen]);
  // A new layout (a turned phone, a printout at the paper's width) redraws the chart at its new size.
  const observer = new ResizeObserver(([entry]) => {
    const box = entry.contentBoxSize[0];
    post({ type: 'resize', id, width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(canvas);
  await drawn;
}

export async function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Promise<void> {
  if ('transferControlToOffscreen' in canvas) return drawInWorker(canvas, spec);
  const { drawOnPage } = await import('./chartOnPage');
  drawOnPage(canvas, spec, pageTheme());
}
