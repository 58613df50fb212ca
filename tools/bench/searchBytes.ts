/**
 * What search costs and how well it ranks, measured in Chromium against the built
 * site (run `npm run build` first):
 *   - the pagefind bundle: total size, index chunks, fragments;
 *   - bytes the browser fetches for a first two-character query on /search/
 *     (text gzipped as a host serves it; pagefind's files are already gzip), see scaleQuery.ts;
 *   - for every report, whether a clause only it contains finds it first, with
 *     pagefind's own order and with the search page's phrase re-ranking.
 *
 *   npm run bench:search            (node tools/bench/searchBytes.ts)
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium } from '@playwright/test';
import { distinctiveClauses } from '../../tests/e2e/searchSupport.ts';
import { firstQueryBytes, FIRST_QUERY } from './scaleQuery.ts';

const PORT = 4338;
const ORIGIN = `http://127.0.0.1:${PORT}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('dist/pagefind/ is missing: run `npm run build` first.');
  process.exit(1);
}

const bundle = filesUnder('dist/pagefind');
const bundleBytes = bundle.reduce((sum, file) => sum + statSync(file).size, 0);
const count = (folder: string) => bundle.filter((file) => file.includes(`/pagefind/${folder}/`)).length;
console.log(`search bundle: ${kb(bundleBytes)} in ${bundle.length} files`);
console.log(`  index chunks: ${count('index')}, filter chunks: ${count('filter')}, fragments: ${count('fragment')}`);

const first = await firstQueryBytes(process.cwd(), PORT);
const kinds = Object.entries(first.byKind)
  .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
  .join(', ');
console.log(`first query 「${FIRST_QUERY}」 on /search/: ${kb(first.totalBytes)} fetched (${kinds})`);

const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port: PORT } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/`);
  const clauses = distinctiveClauses();
  const firsts = { pagefind: 0, page: 0, pagefindTop5: 0 };
  for (const { path, clause } of clauses) {
    const plain = await page.evaluate(async (query) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ bundle);
      const search = await pagefind.search(query);
      return Promise.all(
        search.results.slice(0, 5).map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url.split('?')[0]),
      );
    }, clause);
    if (plain[0] === `/${path}`) firsts.pagefind++;
    if (plain.includes(`/${path}`)) firsts.pagefindTop5++;
    await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(clause)}`);
    await page
      .locator('[data-status]')
      .filter({ hasNotText: /^$|正在/ })
      .waitFor();
    const first = await page
      .locator('.search-results h2 a')
      .first()
      .getAttribute('href')
      .catch(() => null);
    if (first?.startsWith(`/${path}`)) firsts.page++;
  }
  console.log(`distinctive clause finds its report first, of ${clauses.length} reports:`);
  console.log(`  pagefind alone: ${firsts.pagefind} first, ${firsts.pagefindTop5} in the first 5`);
  console.log(`  search page (phrase re-ranking): ${firsts.page} first`);
} finally {
  await browser.close();
  await server.stop();
}
