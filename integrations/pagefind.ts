/**
 * The search index: pagefind indexes the published pages' `data-pagefind-body`
 * content into dist/pagefind/ (pagefindCli.ts), in parts for a large site, each
 * part cached under a hash of its pages (a part indexed again starting from its
 * previous files, reuseIndexFiles.ts) and given its exact-phrase pre-filter
 * (exactPrefilter.ts). `npm run build` (tools/build.ts) indexes once Astro has exited,
 * so the two never hold their memory at once; a bare `astro build` indexes at
 * `astro:build:done`. In `astro dev`, pagefindDev.ts serves an index of the pages the
 * dev server renders. Longer than Starlight's pagefind step (about 60 lines) because a
 * large site needs the parts, their cache and the hand-over to tools/build.ts.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupBy } from '../src/lib/collections.ts';
import { SEARCH_PARTS_MANIFEST, searchPartFolder } from '../src/lib/searchParts.ts';
import { writeExactPrefilter } from './exactPrefilter.ts';
import { linkTree } from './linkTree.ts';
import { pagefindCli, pagefindPackage, type PartIndexer } from './pagefindCli.ts';
import { removeUnlisted, seedPart } from './reuseIndexFiles.ts';
import { serveDevSearch } from './pagefindDev.ts';

/**
 * Pages per part of the search index. Pagefind holds every page of an index in memory
 * and peaks while it writes, more per page in a larger index (10,000 reports, the
 * pagefind command: a part of 3,500 pages, 2,625 MB; of 5,250 pages, 3,920 MB; the whole
 * site at once, 7.1 GB), so a large site is indexed in parts of at most this many pages,
 * each by a process of its own, and the search page merges the parts in the browser.
 * Each part adds an index chunk to every query (10,000 reports: the first query fetched
 * 31.8 KB of index from two parts, 68.7 KB from three), so parts stay as large as a
 * 4 GB build machine allows.
 */
const PAGES_PER_PART = 5000;

/**
 * Built pages that mark content for the index with data-pagefind-body, each with a
 * digest of its bytes, read once: only they are indexed (pagefind's own rule once any
 * page is marked), so they decide the parts, and the digests key each part's cache.
 */
function markedPages(siteDir: string): Map<string, string> {
  const marked = new Map<string, string>();
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    // Read as bytes, never as strings: 10,000 reports are 690 MB of HTML, which strings would leave in the heap while pagefind runs.
    const bytes = readFileSync(file);
    if (bytes.includes('data-pagefind-body'))
      marked.set(relative(siteDir, file).split(sep).join('/'), createHash('sha256').update(bytes).digest('hex'));
  }
  return marked;
}

/** The built pages marked with data-pagefind-body, by path, in order. */
export function searchablePages(siteDir: string): string[] {
  return [...markedPages(siteDir).keys()].sort();
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

/** A part of the index: the globs that pick out its pages, and the pages. */
export interface IndexPart {
  globs: string[];
  pages: string[];
}

/**
 * Deals pages, a folder of siblings at a time, into the fewest parts of about `size`
 * pages: the largest folder first, each into the part with the fewest pages.
 */
export function dealIntoParts(pages: readonly string[], size: number): IndexPart[] {
  const folders = groupBy(pages, siblingsGlob);
  const parts: IndexPart[] = Array.from({ length: Math.max(1, Math.ceil(pages.length / size)) }, () => ({ globs: [], pages: [] }));
  for (const [glob, inFolder] of [...folders].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))) {
    const emptiest = parts.reduce((least, part) => (part.pages.length < least.pages.length ? part : least));
    emptiest.globs.push(glob);
    emptiest.pages.push(...inFolder);
  }
  return parts.filter((part) => part.pages.length > 0);
}

/** Whether a path inside the bundle is another part's folder (pagefind/part-N). */
const isPartFolder = (path: string) => /^part-\d+$/.test(path);

/** What a part's index is made from: pagefind's version and its pages, path and content (by the digests markedPages took). */
function partKey(part: IndexPart, digests: ReadonlyMap<string, string>, pagefindVersion: string): string {
  const hash = createHash('sha256').update(pagefindVersion);
  for (const page of part.pages) hash.update(`\0${page}\0${digests.get(page)}`);
  return hash.digest('hex').slice(0, 32);
}

/** Deletes every entry of the cache but `kept`. */
function pruneCache(cacheDir: string, kept: readonly (string | undefined)[]): Promise<unknown> {
  const stale = readdirSync(cacheDir).filter((entry) => !kept.includes(join(cacheDir, entry)));
  return Promise.all(stale.map((entry) => rm(join(cacheDir, entry), { recursive: true, force: true })));
}

/** The cache's record of the entries the last index was made of, in the order of its parts. */
const LAST_BUILD = 'last-build.json';

interface LastBuild {
  pagefindVersion: string;
  parts: string[];
}

/**
 * The cache entries of the last build's parts, by part, where that build used the same
 * pagefind: a part indexed again starts from its previous version's files
 * (reuseIndexFiles.ts). None when there is no record, or one cut short (a build stopped
 * while writing it): it only spares work, so the parts are then indexed from nothing.
 */
function lastParts(cacheDir: string, pagefindVersion: string): string[] {
  const record = join(cacheDir, LAST_BUILD);
  if (!existsSync(record)) return [];
  let last: LastBuild;
  try {
    last = JSON.parse(readFileSync(record, 'utf8')) as LastBuild;
  } catch (error) {
    if (error instanceof SyntaxError) return [];
    throw error;
  }
  return last.pagefindVersion === pagefindVersion && Array.isArray(last.parts) ? last.parts.map((entry) => join(cacheDir, entry)) : [];
}

export interface SearchIndexOptions {
  pagesPerPart?: number;
  /**
   * A folder that keeps each part's index under a hash of its pages, so a build whose
   * pages in a part are unchanged (an edit elsewhere, a rebuild) links that part's files
   * instead of indexing it again, and a part whose pages changed starts from the files
   * of the part built in its place last time. Parts no longer built are removed from it.
   */
  cacheDir?: string;
  /** Part of the cache key, so an upgraded pagefind indexes afresh. */
  pagefindVersion?: string;
}

/**
 * Indexes the built pages marked with data-pagefind-body and writes the search bundle
 * into `<siteDir>/pagefind/`, in parts of about `pagesPerPart` pages; the parts
 * after the first go into pagefind/part-N/ and are listed in pagefind/parts.json.
 */
export async function buildSearchIndex(
  siteDir: string,
  indexPart: PartIndexer,
  { pagesPerPart = PAGES_PER_PART, cacheDir, pagefindVersion = '' }: SearchIndexOptions = {},
): Promise<{ pages: number; parts: number; reused: number }> {
  const digests = markedPages(siteDir);
  const pages = [...digests.keys()].sort();
  if (pages.length === 0) throw new Error(`pagefind found no pages marked data-pagefind-body to index in ${siteDir}`);
  const parts = dealIntoParts(pages, pagesPerPart);
  const bundle = join(siteDir, 'pagefind');
  rmSync(bundle, { recursive: true, force: true });
  const keys = parts.map((part) => (cacheDir ? join(cacheDir, partKey(part, digests, pagefindVersion)) : undefined));
  // Parts no longer built leave the cache while these are indexed: deleting a part's
  // 15,222 files takes about 3 s, most of it waiting on the disk.
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  // A part to index again is seeded with the files of the part built in its place last time, if that is no longer wanted.
  const last = cacheDir ? lastParts(cacheDir, pagefindVersion) : [];
  const seeds = keys.map((key, i) => (key && last[i] && !keys.includes(last[i]) && existsSync(last[i]) ? last[i] : undefined));
  const pruning = cacheDir ? pruneCache(cacheDir, [...keys, ...seeds, join(cacheDir, LAST_BUILD)]) : Promise.resolve();
  void pruning.catch(() => undefined);
  const retiring: Promise<void>[] = [];
  let reused = 0;
  // A part pagefind has written whose pre-filter is still to come.
  let unfinished: { outputPath: string; cached?: string } | undefined;
  const finish = ({ outputPath, cached }: { outputPath: string; cached?: string }) => {
    writeExactPrefilter(outputPath);
    // The first part's folder holds the others' folders: its cache entry keeps its own files only.
    if (cached) linkTree(outputPath, cached, isPartFolder);
  };
  for (const [i, part] of parts.entries()) {
    const outputPath = join(bundle, searchPartFolder(i));
    const cached = keys[i];
    if (cached && existsSync(cached)) {
      linkTree(cached, outputPath);
      reused++;
      continue;
    }
    // The previous part's pre-filter is built while pagefind builds and writes this part in
    // its own process on about one core (10,000 reports: 22 of a part's 33 s), leaving the other free.
    const previous = unfinished;
    const seed = seeds[i];
    if (seed) seedPart(seed, outputPath);
    await indexPart({ siteDir, glob: `{${part.globs.join(',')}}`, outputPath }, previous && (() => finish(previous)));
    if (seed) {
      removeUnlisted(outputPath);
      retiring.push(rm(seed, { recursive: true, force: true }));
    }
    unfinished = { outputPath, cached };
  }
  if (unfinished) finish(unfinished);
  writeFileSync(join(bundle, SEARCH_PARTS_MANIFEST), `${JSON.stringify(parts.slice(1).map((_, i) => searchPartFolder(i + 1)))}\n`);
  await Promise.all([pruning, ...retiring]);
  if (cacheDir) {
    const record: LastBuild = { pagefindVersion, parts: keys.map((key) => relative(cacheDir, key!)) };
    writeFileSync(join(cacheDir, LAST_BUILD), `${JSON.stringify(record)}\n`);
  }
  return { pages: pages.length, parts: parts.length, reused };
}

/** The environment variable through which tools/build.ts asks the integration to leave the index to it: a file to write the job to. */
export const SEARCH_INDEX_JOB = 'SHOWCASE_SEARCH_INDEX_JOB';

/** What indexing a build needs, handed from the integration to tools/build.ts. */
export interface SearchIndexJob extends Required<SearchIndexOptions> {
  siteDir: string;
  /** The project's `pagefind` command (pagefindCli.ts). */
  pagefindBin: string;
}

/** The build log's line for an index written (the bench times the index phase by it). */
export function indexedLine({ pages, parts, reused }: Awaited<ReturnType<typeof buildSearchIndex>>, cacheDir: string): string {
  const fromCache = reused > 0 ? `, ${reused} of them unchanged and taken from ${cacheDir}` : '';
  return `search index: indexed the data-pagefind-body content of ${pages} pages into pagefind/ (${parts} part${parts > 1 ? 's' : ''}${fromCache})`;
}

/**
 * Indexes every build, at the root or under `--base`: at the end of `astro build`, or,
 * when tools/build.ts asks through SEARCH_INDEX_JOB, by writing it the job to do
 * once Astro has exited. In `astro dev` it indexes the pages as the dev server
 * renders them (see pagefindDev.ts).
 */
export default function pagefind({ pagesPerPart = PAGES_PER_PART }: { pagesPerPart?: number } = {}): AstroIntegration {
  let cacheDir = '';
  let pagefindVersion = '';
  let bin = '';
  return {
    name: 'unity-showcase:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'search-index');
        ({ version: pagefindVersion, bin } = pagefindPackage(fileURLToPath(config.root)));
      },
      'astro:server:setup': ({ server, logger }) => {
        serveDevSearch(server, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        mkdirSync(cacheDir, { recursive: true });
        const job: SearchIndexJob = { siteDir: fileURLToPath(dir), pagesPerPart, cacheDir, pagefindVersion, pagefindBin: bin };
        const handOver = process.env[SEARCH_INDEX_JOB];
        if (handOver) {
          writeFileSync(handOver, JSON.stringify(job));
          logger.info('search index: written by npm run build once Astro has exited');
          return;
        }
        logger.info(indexedLine(await buildSearchIndex(job.siteDir, pagefindCli(bin), job), cacheDir));
      },
    },
  } satisfies AstroIntegration;
}
