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
  /** Bytes from pagefind/ by kind of file: code (js, wasm, entry), index, filter, fragment. */
  byKind: Record<string, number>;
}

const kindOf = (path: string) => /\/pagefind\/(index|filter|fragment)\//.exec(path)?.[1] ?? 'code';

export async function firstQueryBytes(siteRoot: string, query = FIRST_QUERY): Promise<QueryBytes> {
  const server = await preview({ root: siteRoot, logLevel: 'error', server: { host: '127.0.0.1', port: PORT } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const sizes: Promise<{ path: string; size: number }>[] = [];
    page.on('response', (response) => {
      sizes.push(
        response
          .body()
          .catch(() => Buffer.alloc(0))
          .then((body) => ({ path: new URL(response.url()).pathname, size: body.length })),
      );
    });
    await page.goto(`http://127.0.0.1:${PORT}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.locator('.search-results li').first().waitFor();
    const settled = await Promise.all(sizes);
    const byKind: Record<string, number> = {};
    let searchBytes = 0;
    let pageBytes = 0;
    for (const { path, size } of settled) {
      if (!path.startsWith('/pagefind/')) {
        pageBytes += size;
        continue;
      }
      searchBytes += size;
      byKind[kindOf(path)] = (byKind[kindOf(path)] ?? 0) + size;
    }
    return { searchBytes, pageBytes, byKind };
  } finally {
    await browser.close();
    await server.stop();
  }
}
