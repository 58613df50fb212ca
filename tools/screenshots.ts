/**
 * Full-page screenshots of one page of every type, on a phone (360 × 740) and a
 * desktop (1280 × 800), so a reviewer can look at the whole site in a minute.
 * Serves the built site (run `npm run build` first) and writes PNGs to a folder:
 *
 *   npm run screenshots                       (→ screenshots/)
 *   npm run screenshots -- --out docs/shots   another folder
 *   npm run screenshots -- --only home,unit   some page types only
 *   npm run screenshots -- --dark             as a system in dark mode shows them
 *   CHROMIUM_PATH=… to use another Chromium than Debian's /usr/bin/chromium
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { chromium } from '@playwright/test';

const PORT = 4341;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** One page of each type, named for the file. */
export const PAGE_TYPES: [name: string, path: string][] = [
  ['home', '/'],
  ['units', '/units/'],
  ['unit', '/units/hoxud-highway-branch/'],
  ['report', '/reports/hoxud-highway-branch/2021-work-summary/'],
  ['years', '/years/'],
  ['year', '/years/2021/'],
  ['regions', '/regions/'],
  ['region', '/regions/shan-xi-sheng-140000/'],
  ['tags', '/tags/'],
  ['metrics', '/metrics/'],
  ['metric', '/metrics/funds/'],
  ['search', '/search/?q=%E6%89%B6%E8%B4%AB'],
  ['404', '/no-such-page/'],
];

const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'screenshots' }, only: { type: 'string' }, dark: { type: 'boolean', default: false } },
});
const only = values.only?.split(',');
const pages = PAGE_TYPES.filter(([name]) => !only || only.includes(name));

if (!existsSync('dist/index.html')) {
  console.error('dist/ 不存在：请先运行 npm run build');
  process.exit(1);
}
mkdirSync(values.out, { recursive: true });

const server = await preview({ root: process.cwd(), server: { port: PORT, host: '127.0.0.1' }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      colorScheme: values.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    for (const [name, path] of pages) {
      await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
      if (name === 'search')
        await page
          .locator('.search-results li')
          .first()
          .waitFor({ timeout: 20_000 })
          .catch(() => {});
      // Charts draw as they scroll into view: scroll through the page so every one is drawn.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 120));
        }
        scrollTo(0, 0);
      });
      await page.waitForTimeout(600);
      const file = join(values.out, `${name}-${size.name}${values.dark ? '-dark' : ''}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
