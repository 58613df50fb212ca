/**
 * Bytes the browser fetches from pagefind/ for a first two-character query on a built
 * site's search page, in Chromium (as tools/bench/searchBytes.ts measures the sample site).
 */
import { preview } from 'astro';
import { chromium } from '@playwright/test';

/** Not 4321/4322/4325 (CI's), nor 4338/4339 (the other benches'). */
const PORT = 4347;
/** The query tools/bench/searchBytes.ts measures on the sample site. */
export const FIRST_QUERY = '捐款';

export interface QueryBytes {
  searchBytes: number;
  pageBytes: number;
  results: number;
}

export async function firstQueryBytes(siteRoot: string, query = FIRST_QUERY): Promise<QueryBytes> {
  const server = await preview({ root: siteRoot, logLevel: 'error', server: { host: '127.0.0.1', port: PORT } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const sizes: Promise<{ search: boolean; size: number }>[] = [];
    page.on('response', (response) => {
      sizes.push(
        response
          .body()
          .catch(() => Buffer.alloc(0))
          .then((body) => ({ search: new URL(response.url()).pathname.startsWith('/pagefind/'), size: body.length })),
      );
    });
    await page.goto(`http://127.0.0.1:${PORT}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.locator('.search-results li').first().waitFor();
    const results = await page.locator('.search-results li').count();
    const settled = await Promise.all(sizes);
    const sum = (search: boolean) => settled.filter((item) => item.search === search).reduce((total, item) => total + item.size, 0);
    return { searchBytes: sum(true), pageBytes: sum(false), results };
  } finally {
    await browser.close();
    await server.stop();
  }
}
