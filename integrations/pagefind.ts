import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Pagefind from 'pagefind';
import { SEARCH_PARTS_MANIFEST, searchPartFolder } from '../src/lib/searchParts';
import { serveDevSearch } from './pagefindDev';

/** The part of pagefind's Node API the build uses; tests pass a mock. */
export type PagefindApi = Pick<typeof Pagefind, 'createIndex' | 'close'>;

/**
 * Pages per part of the search index. Pagefind's service holds about 0.85 MB per
 * page until it has written its files (10,000 reports: 8.8 GB in one index, measured
 * with the pagefind CLI), so a large site is indexed in parts of about this many
 * pages, each by a fresh service, and the search page merges the parts in the
 * browser. Each part adds an index chunk to every query, so parts stay large.
 */
export const PAGES_PER_PART = 6000;

/** Pagefind answers with a list of errors instead of throwing; turn them into a failed build. */
function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`pagefind could not ${step}:\n${errors.join('\n')}`);
}

/**
 * Built pages that mark content for the index with data-pagefind-body. Only they are
 * indexed (pagefind's own rule once any page is marked), so they decide the parts.
 */
export function searchablePages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
    .map((file) => relative(siteDir, file).split(sep).join('/'))
    .sort();
}

/**
 * The glob that picks a page out together with its siblings: reports/a/2021-deeds/index.html
 * → reports/a/{any folder}/index.html, i.e. a unit's reports. Pagefind reads a part's
 * pages from disk with one glob, on every core (10,000 reports: 106 s in two parts;
 * sending them one by one with addHTMLFile took 118 s).
 */
export function siblingsGlob(page: string): string {
  const folders = page.split('/');
  if (folders.at(-1) !== 'index.html' || folders.length < 2) return page;
  return [...folders.slice(0, -2), '*', 'index.html'].join('/');
}

/** A part of the index: the globs of its pages, and how many pages they hold. */
export interface IndexPart {
  globs: string[];
  pages: number;
}

/**
 * Deals pages, a folder of siblings at a time, into the fewest parts of about `size`
 * pages: the largest folder first, each into the part with the fewest pages.
 */
export function dealIntoParts(pages: readonly string[], size: number): IndexPart[] {
  const folders = new Map<string, number>();
  for (const page of pages) folders.set(siblingsGlob(page), (folders.get(siblingsGlob(page)) ?? 0) + 1);
  const parts: IndexPart[] = Array.from({ length: Math.max(1, Math.ceil(pages.length / size)) }, () => ({ globs: [], pages: 0 }));
  for (const [glob, count] of [...folders].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))) {
    const emptiest = parts.reduce((least, part) => (part.pages < least.pages ? part : least));
    emptiest.globs.push(glob);
    emptiest.pages += count;
  }
  return parts.filter((part) => part.pages > 0);
}

async function indexPart(siteDir: string, part: IndexPart, outputPath: string, api: PagefindApi): Promise<void> {
  try {
    const { index, errors } = await api.createIndex({});
    failOn(errors, 'start an index');
    if (!index) throw new Error('pagefind could not start an index');
    const added = await index.addDirectory({ path: siteDir, glob: `{${part.globs.join(',')}}` });
    failOn(added.errors, `index ${siteDir}`);
    const written = await index.writeFiles({ outputPath });
    failOn(written.errors, 'write the search bundle');
  } finally {
    // Closing ends the service process, which gives its memory back before the next part.
    await api.close();
  }
}

/**
 * Indexes the built pages marked with data-pagefind-body and writes the search bundle
 * into `<siteDir>/pagefind/`, in parts of about `pagesPerPart` pages; the parts
 * after the first go into pagefind/part-N/ and are listed in pagefind/parts.json.
 */
export async function buildSearchIndex(
  siteDir: string,
  api: PagefindApi,
  { pagesPerPart = PAGES_PER_PART } = {},
): Promise<{ pages: number; parts: number }> {
  const pages = searchablePages(siteDir);
  if (pages.length === 0) throw new Error(`pagefind found no pages marked data-pagefind-body to index in ${siteDir}`);
  const parts = dealIntoParts(pages, pagesPerPart);
  const bundle = join(siteDir, 'pagefind');
  for (const [i, part] of parts.entries()) await indexPart(siteDir, part, join(bundle, searchPartFolder(i)), api);
  writeFileSync(join(bundle, SEARCH_PARTS_MANIFEST), `${JSON.stringify(parts.slice(1).map((_, i) => searchPartFolder(i + 1)))}\n`);
  return { pages: pages.length, parts: parts.length };
}

/**
 * Runs pagefind at the end of `astro build`, so every build, at the root or under
 * `--base`, ships its search index. In `astro dev` it indexes the pages as the dev
 * server renders them (see pagefindDev.ts).
 */
export default function pagefind({ pagesPerPart = PAGES_PER_PART }: { pagesPerPart?: number } = {}): AstroIntegration {
  return {
    name: 'unity-showcase:pagefind',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        serveDevSearch(server, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, parts } = await buildSearchIndex(fileURLToPath(dir), Pagefind, { pagesPerPart });
        logger.info(`search index: indexed the data-pagefind-body content of ${pages} pages into pagefind/ (${parts} part${parts > 1 ? 's' : ''})`);
      },
    },
  } satisfies AstroIntegration;
}
