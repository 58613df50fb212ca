/**
 * Where the search page's results come from, and the seam for other sources: a
 * `SearchIndex` gives the candidate pages for a query (searchIndex.ts asks pagefind;
 * another source, such as a pre-filter built with the site, can stand in for or feed
 * `candidates`), and `findResults` gets from them what the ranking needs and ranks them
 * (searchRanking.ts).
 */
import { yearsInSortOrder, type SearchState } from '../lib/searchParams';
import type { FilterCounts } from '../lib/searchParts';
import type { ParsedQuery } from '../lib/searchQuery';
import { rankResults, textNeeded, type Candidate } from '../lib/searchRanking';

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}

/** A page found for a query: what the ranking reads, and its data (fetched once, when first asked). */
export interface Hit extends Candidate {
  data(): Promise<ResultData>;
}

export type Filters = Record<string, string[]>;

/** Pages for a query, in the index's order, and how many of them each filter value holds. */
export interface Found {
  hits: Hit[];
  counts: FilterCounts;
}

/** Pages for a query's text (null: every page the filters admit): where results come from. */
export type CandidateSource = (text: string | null, filters: Filters) => Promise<Found>;

export interface SearchIndex {
  candidates: CandidateSource;
  /**
   * The hits with every page holding the query verbatim first, pages the candidates
   * missed included, and for quoted phrases only the pages holding them (searchExact.ts);
   * undefined where it cannot tell (a one-character query), and then the ranking decides.
   */
  exactFirst?(query: ParsedQuery, hits: readonly Hit[], filters: Filters): Promise<Hit[] | undefined>;
  /** The year of each page found for `text` in `years`, one search per year (pagefind gives a page's filters only with its data). */
  yearsOf(text: string | null, filters: Filters, years: readonly string[]): Promise<Map<string, string>>;
  /** Every filter value's count over the whole site: pagefind's whole filter index (~100 KB for 10,000 reports). */
  allCounts(): Promise<FilterCounts>;
}

/** The candidates, with what the ranking needs of them (their years, or the text of the first), in the page's order. */
export async function findResults(index: SearchIndex, state: SearchState, query: ParsedQuery, siteYears: string[]): Promise<Found> {
  const text = query.text || null;
  const found = await index.candidates(text, state.filters);
  let hits = found.hits;
  if (state.sort === 'relevance' && query.text && index.exactFirst) {
    const exact = await index.exactFirst(query, hits, state.filters);
    if (exact) return { hits: exact, counts: found.counts };
  }
  const years = yearsInSortOrder(state.sort, siteYears, state.filters['年份']);
  if (years) {
    const yearOf = await index.yearsOf(text, state.filters, years);
    hits = hits.map((hit) => ({ ...hit, year: yearOf.get(hit.id) }));
  }
  const texts = await Promise.all(hits.slice(0, textNeeded(query, state.sort, hits.length)).map(async (hit) => (await hit.data()).content));
  hits = hits.map((hit, i) => (i < texts.length ? { ...hit, content: texts[i] } : hit));
  return { hits: rankResults(query, hits, state.sort), counts: found.counts };
}
