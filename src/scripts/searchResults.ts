/**
 * Where the search page's results come from, and the seam for other sources: a
 * `SearchIndex` gives the candidate pages for a query (searchIndex.ts asks pagefind;
 * another source, such as a pre-filter built with the site, can stand in for or feed
 * `candidates`), and `findResults` gets from them what the ranking needs and ranks them
 * (searchRanking.ts).
 */
import { hasFilters, yearsInSortOrder, type SearchState } from '../lib/searchParams';
import { countFilters, type FilterCounts } from '../lib/searchParts';
import { isOneWord, type ParsedQuery } from '../lib/searchQuery';
import { rankResults, rankVerbatim, textNeeded, type Candidate } from '../lib/searchRanking';

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  /** The page's filter values, as pagefind gives them. */
  filters?: Record<string, string[]>;
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
  /**
   * Where `hits` are only the pages holding a clause verbatim (see `findResults`): the
   * search for its words, whose results follow them when the visitor asks for more.
   */
  rest?: () => Promise<Found>;
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
  /**
   * The pages holding `phrase` verbatim, found through the pre-filters alone, where there
   * are 1 to `atMost` of them; undefined otherwise, or where the pre-filters cannot tell.
   */
  verbatim?(phrase: string, atMost: number): Promise<Hit[] | undefined>;
  /** The year of each page found for `text` in `years`, one search per year (pagefind gives a page's filters only with its data). */
  yearsOf(text: string | null, filters: Filters, years: readonly string[]): Promise<Map<string, string>>;
  /** Every filter value's count over the whole site: pagefind's whole filter index (~100 KB for 10,000 reports). */
  allCounts(): Promise<FilterCounts>;
}

/**
 * Pages holding a clause verbatim up to which they are its first results on their own.
 * A clause pagefind splits into several words fetches each word's index chunk from
 * every part, up to 130 KB each for a common word at 10,000 reports (766 KB for one
 * clause), while the pre-filter answers it in a few kilobytes; the words are searched
 * when the visitor asks for more results.
 */
export const VERBATIM_FIRST = 10;

/** Whether a query is a clause answered first by the pages holding it: one term pagefind splits into words, ranked by relevance over the whole site. */
const isClause = (state: SearchState, query: ParsedQuery) =>
  state.sort === 'relevance' && !hasFilters(state) && query.phrases.length === 0 && query.terms.length === 1 && !isOneWord(query);

/**
 * The results of a search, in the page's order. A clause held verbatim by a few pages
 * gets those pages alone, with `rest` to search its words; otherwise the candidates,
 * with what the ranking needs of them (their years, or the text of the first).
 */
export async function findResults(index: SearchIndex, state: SearchState, query: ParsedQuery, siteYears: string[]): Promise<Found> {
  if (isClause(state, query) && index.verbatim) {
    const phrase = query.terms[0]!;
    const verbatim = await index.verbatim(phrase, VERBATIM_FIRST);
    if (verbatim && verbatim.length > 0) {
      const data = await Promise.all(verbatim.map((hit) => hit.data()));
      const dataOf = new Map(verbatim.map((hit, i) => [hit, data[i]!]));
      return {
        hits: rankVerbatim(verbatim, phrase, (hit) => ({ title: dataOf.get(hit)!.meta.title ?? '', content: dataOf.get(hit)!.content })),
        counts: countFilters(data),
        rest: () => searchWords(index, state, query, siteYears),
      };
    }
  }
  return searchWords(index, state, query, siteYears);
}

/** The candidates pagefind finds for the query's words, ranked. */
async function searchWords(index: SearchIndex, state: SearchState, query: ParsedQuery, siteYears: string[]): Promise<Found> {
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
