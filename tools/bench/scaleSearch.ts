/**
 * Search quality on a built site, as a visitor meets it: each clause and word is
 * typed into /search/ in Chromium (one page, so pagefind's chunks stay cached as they
 * would for a visitor searching again), and the bench records where the report it
 * came from ranks, how many results the page reports, and the bytes each query
 * fetched (text gzipped as in scaleQuery.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bytesByKind, onBuiltSite, recordFetches, totalBytes } from './scaleQuery.ts';
import type { Clause, CommonWord, IndexedPage } from './searchSample.ts';

/** The pages pagefind indexed, from the fragments of every part under dist/pagefind/. */
export function indexedPages(dist: string): IndexedPage[] {
  const bundle = join(dist, 'pagefind');
  return readdirSync(bundle, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.pf_fragment'))
    .sort()
    .map((file) => {
      // A fragment is gzipped JSON behind pagefind's signature ("pagefind_dcd").
      const text = gunzipSync(readFileSync(join(bundle, file))).toString('utf8');
      const { url, content } = JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
      return { url: new URL(url, 'http://site').pathname, content };
    });
}

export interface ClauseOutcome extends Clause {
  /** 1-based rank of the clause's page among the results, 0 when not in the first five. */
  rank: number;
  bytes: number;
  /** The bytes by kind of file (scaleQuery.ts KINDS). */
  byKind: Record<string, number>;
}

export interface WordOutcome extends CommonWord {
  /** How many results the search page said it found. */
  results: number;
  bytes: number;
}

/** Serves `siteRoot`'s dist/ on `port`, types every clause and word into /search/, and reports each outcome. */
export async function searchQuality(
  siteRoot: string,
  port: number,
  clauses: readonly Clause[],
  words: readonly CommonWord[],
): Promise<{ clauses: ClauseOutcome[]; words: WordOutcome[] }> {
  return onBuiltSite(siteRoot, port, async (page) => {
    const fetches = recordFetches(page);
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
    const status = page.locator('[data-status]');
    // The search page's own box: the header's would load /search/ afresh for every query.
    const input = page.getByRole('search', { name: '材料全文搜索' }).getByRole('searchbox');

    /** Types `query`, waits for the search page's verdict, and returns the result paths and the bytes fetched. */
    const search = async (query: string) => {
      await fetches();
      await input.fill(query);
      await input.press('Enter');
      await status.filter({ hasText: `「${query}」` }).waitFor({ timeout: 120_000 });
      const paths = await page
        .locator('.search-results h2 a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      const fetched = await fetches();
      return { paths, bytes: totalBytes(fetched), byKind: bytesByKind(fetched), said: (await status.textContent()) ?? '' };
    };

    const clauseOutcomes: ClauseOutcome[] = [];
    for (const clause of clauses) {
      const { paths, bytes, byKind } = await search(clause.clause);
      const rank = paths.slice(0, 5).indexOf(clause.url) + 1;
      clauseOutcomes.push({ ...clause, rank, bytes, byKind });
    }
    const wordOutcomes: WordOutcome[] = [];
    for (const word of words) {
      const { bytes, said } = await search(word.word);
      wordOutcomes.push({ ...word, results: Number(/找到 (\d+) 条/.exec(said)?.[1] ?? 0), bytes });
    }
    return { clauses: clauseOutcomes, words: wordOutcomes };
  });
}
