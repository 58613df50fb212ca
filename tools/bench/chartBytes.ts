/**
 * How much JavaScript a reader downloads for charts, measured in Chromium against
 * the built site (run `npm run build` first):
 *   - a report page with charts, before and after its first chart scrolls into view;
 *   - a report page without charts.
 * Sizes are gzip (level 6, what static hosts commonly serve), counting every script
 * file and every inline script. Budget: 0 KB of chart code without a chart, at most
 * 60 KB of JavaScript in all once a chart is drawn. Exits 1 when over budget.
 *
 *   npm run bench:charts            (node tools/bench/chartBytes.ts)
 *   CHROMIUM_PATH=… to use another Chromium than Debian's /usr/bin/chromium
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium, type Page } from '@playwright/test';

const PORT = 4339;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** A long report whose figures get comparison charts below the text, out of the first view. */
const CHART_PAGE = '/reports/hoxud-highway-branch/2021-work-summary/';
/** A report that gives no figures, so its page has no chart. */
const PLAIN_PAGE = '/reports/baijiantan-primary-school/2019-plan/';
const BUDGET_WITH_CHART = 60 * 1024;
/** Chunks that exist only for charts: the custom element, the drawing code and chart.js (in its worker or on the page). */
const CHART_CODE = /MetricChart|drawChart|chartWorker|chartOnPage/;

interface Script {
  name: string;
  gzip: number;
}

const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 6 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (scripts: readonly Script[]) => scripts.reduce((sum, script) => sum + script.gzip, 0);

/** Every script the page has so far: the files it fetched and the inline ones in its HTML. */
async function scriptsOf(page: Page, fetched: readonly Script[]): Promise<Script[]> {
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts: HTMLScriptElement[]) =>
      scripts.filter((s) => !s.type || s.type === 'module' || s.type.includes('javascript')).map((s) => s.textContent ?? ''),
    );
  return [...fetched, ...inline.map((text, index) => ({ name: `(inline script ${index + 1})`, gzip: gzipSize(text) }))];
}

async function openPage(page: Page, path: string): Promise<Script[]> {
  const fetched: Script[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    fetched.push({ name: new URL(response.url()).pathname, gzip: gzipSize(await response.body()) });
  });
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  return fetched;
}

function report(label: string, scripts: readonly Script[]) {
  console.log(`${label}: ${kb(total(scripts))} gzip (${total(scripts)} bytes)`);
  for (const script of scripts) console.log(`    ${kb(script.gzip).padStart(9)}  ${script.name}`);
}

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port: PORT } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const fetched = await openPage(page, CHART_PAGE);
  const before = await scriptsOf(page, fetched);
  await page.locator('metric-chart').first().scrollIntoViewIfNeeded();
  await page.locator('metric-chart[data-state="drawn"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const after = await scriptsOf(page, fetched);

  const plainPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const plainFetched = await openPage(plainPage, PLAIN_PAGE);
  await plainPage.mouse.wheel(0, 10_000);
  await plainPage.waitForLoadState('networkidle');
  const plain = await scriptsOf(plainPage, plainFetched);

  report(`Report page with charts, before a chart is in view  ${CHART_PAGE}`, before);
  report(`Report page with charts, after its first chart drew  ${CHART_PAGE}`, after);
  report(`Report page without charts                           ${PLAIN_PAGE}`, plain);

  const chartCodeWithout = total(plain.filter((script) => CHART_CODE.test(script.name)));
  const withinBudget = total(after) <= BUDGET_WITH_CHART && chartCodeWithout === 0;
  console.log(
    `\nChart code on the page without charts: ${kb(chartCodeWithout)} (target 0 KB). ` +
      `All JavaScript once a chart drew: ${kb(total(after))} (target ≤ ${kb(BUDGET_WITH_CHART)}). ` +
      (withinBudget ? 'Within budget.' : 'OVER BUDGET.'),
  );
  if (!withinBudget) process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
