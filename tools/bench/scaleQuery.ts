/**
 * Bytes the browser fetches for a first two-character query on a built site's search
 * page, in Chromium, counted as a host that gzips text serves them (astro preview
 * does not compress): scripts, JSON and HTML gzipped at level 6, pagefind's index
 * files as they are (pagefind writes them gzipped already).
 */
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium, type Page } from '@playwright/test';

/** The query both search benches measure. */
export const FIRST_QUERY = '捐款';

export interface QueryBytes {
  /** Every byte fetched: the page, its styles and scripts, and pagefind's files. */
  totalBytes: number;
  /** By kind, in this order: page (everything outside pagefind/), code (pagefind's js, wasm, entry, metadata), index, filter, fragment, exact (the pre-filter). */
  byKind: Record<string, number>;
}

const TEXT = /^(text\/|application\/(javascript|json|xml))/;

export const KINDS = ['page', 'code', 'index', 'filter', 'fragment', 'exact'];

const kindOf = (path: string) =>
  path.includes('/pagefind/') ? (/\/pagefind\/(?:part-\d+\/)?(index|filter|fragment|exact)\//.exec(path)?.[1] ?? 'code') : 'page';

/** Serves `siteRoot`'s dist/ on `port` and gives `visit` a Chromium page, closing both afterwards. */
export async function onBuiltSite<T>(siteRoot: string, port: number, visit: (page: Page) => Promise<T>): Promise<T> {
  const server = await preview({ root: siteRoot, logLevel: 'error', server: { host: '127.0.0.1', port } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    return await visit(await browser.newPage());
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** A file the page fetched, sized as a host that gzips text would send it. */
export interface Fetched {
  path: string;
  size: number;
}

/** Records what `page` fetches; the function returned gives what came since it was last called. */
export function recordFetches(page: Page): () => Promise<Fetched[]> {
  let sizes: Promise<Fetched>[] = [];
  page.on('response', (response) => {
    const text = TEXT.test(response.headers()['content-type'] ?? '');
    sizes.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => ({ path: new URL(response.url()).pathname, size: text ? gzipSync(body, { level: 6 }).length : body.length })),
    );
  });
  return () => {
    const taken = sizes;
    sizes = [];
    return Promise.all(taken);
  };
}

export const totalBytes = (fetched: readonly Fetched[]) => fetched.reduce((sum, { size }) => sum + size, 0);

/** Bytes by kind (KINDS), leaving out kinds nothing was fetched of. */
export function bytesByKind(fetched: readonly Fetched[]): Record<string, number> {
  const byKind: Record<string, number> = {};
  for (const kind of KINDS) {
    const bytes = totalBytes(fetched.filter(({ path }) => kindOf(path) === kind));
    if (bytes > 0) byKind[kind] = bytes;
  }
  return byKind;
}

/** Serves `siteRoot`'s dist/ on `port` and measures the first query there. */
export async function firstQueryBytes(siteRoot: string, port: number, query = FIRST_QUERY): Promise<QueryBytes> {
  return onBuiltSite(siteRoot, port, async (page) => {
    const fetches = recordFetches(page);
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.locator('.search-results li').first().waitFor();
    const fetched = await fetches();
    return { totalBytes: totalBytes(fetched), byKind: bytesByKind(fetched) };
  });
}
