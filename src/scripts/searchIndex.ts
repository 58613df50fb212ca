/**
 * The search page's index: pagefind with every part of the site's index merged (see
 * searchParts.ts). The only module that talks to pagefind; what it finds leaves it as
 * hits, plain candidates (searchRanking.ts) that load their page's data on demand.
 */
import { addCounts, PART_FILTER, partName, SEARCH_PARTS_MANIFEST, type FilterCounts } from '../lib/searchParts';
import { containsWords, pagefindWords } from '../lib/searchQuery';
import { withBase } from '../lib/urls';
import { ExactSearch, exactOrder } from './searchExact';
import type { CandidateSource, Filters, Found, Hit, ResultData, SearchIndex } from './searchResults';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options: { filters: Filters }): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
}

/** What searching needs of pagefind once its parts are merged (the unit tests give a fake). */
type Searcher = Pick<Pagefind, 'search' | 'filters'>;

/** Per part, whether it holds a word, or undefined where only a page's text can tell (see ExactSearch.partsHolding). */
export type PartsHolding = (word: string) => Promise<readonly (boolean | undefined)[]>;

const asHit = (result: PagefindResult): Hit => {
  let data: Promise<ResultData> | undefined;
  return { id: result.id, score: result.score, data: () => (data ??= result.data()) };
};

export async function loadSearchIndex(): Promise<SearchIndex> {
  const bundle = withBase('/pagefind/');
  const [pagefind, others] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    fetch(`${bundle}${SEARCH_PARTS_MANIFEST}`).then((response) => {
      if (!response.ok) throw new Error(`${bundle}${SEARCH_PARTS_MANIFEST}: HTTP ${response.status}`);
      return response.json() as Promise<string[]>;
    }),
  ]);
  // pagefind searches in its worker (12 KB gzipped): on the page's own thread its wasm blocked the main
  // thread for about 430 ms on /search/?q=…, and Lighthouse's performance fell from 99 to 75–87.
  const options = { baseUrl: withBase('/'), highlightParam: 'highlight', excerptLength: 40 };
  await pagefind.options(options);
  await pagefind.init();
  if (others.length > 0) {
    await pagefind.options({ mergeFilter: { [PART_FILTER]: partName(0) } });
    await Promise.all(
      others.map((folder, i) => pagefind.mergeIndex(`${bundle}${folder}`, { ...options, mergeFilter: { [PART_FILTER]: partName(i + 1) } })),
    );
  }
  const exact = new ExactSearch({ bundle, folders: ['', ...others], baseUrl: options.baseUrl, highlightParam: options.highlightParam });
  return {
    ...pagefindIndex(pagefind, others.length + 1, (word) => exact.partsHolding(word)),
    async verbatim(phrase, atMost) {
      const ids = await exact.pagesHolding(phrase, new Map());
      return ids && ids.length > 0 && ids.length <= atMost ? ids.map((id) => asHit(exact.result(id, phrase))) : undefined;
    },
    exactFirst: (query, hits, filters) =>
      exactOrder(
        exact,
        hits,
        query,
        // Pages pagefind did not return are kept only where the chosen filters admit them, as pagefind tells.
        Object.keys(filters).length > 0
          ? async () => new Set((await pagefind.search(null, { filters })).results.map((result) => result.id))
          : undefined,
      ),
  };
}

/** The index over pagefind with `parts` parts merged; `partsHolding` answers for a one-word query which parts hold the word. */
export function pagefindIndex(pagefind: Searcher, parts: number, partsHolding?: PartsHolding): SearchIndex {
  const candidates: CandidateSource = (text, filters) => searchParts(pagefind, parts, text, filters, partsHolding);
  return {
    candidates,
    async yearsOf(text, filters, years) {
      const perYear = await Promise.all(years.map((year) => pagefind.search(text, { filters: { ...filters, 年份: [year] } })));
      return new Map(perYear.flatMap((search, i) => search.results.map((result) => [result.id, years[i]] as const)));
    },
    allCounts: () => pagefind.filters(),
  };
}

/**
 * Searches a site whose index is in parts. Pagefind, in an index with no word that
 * starts with a query word, falls back to pages with the longest word that begins it
 * (捐款 → 捐): one whole index does that only when no page has the word, but a part
 * does it whenever that part lacks it. So each part is searched on its own, and the
 * text of its best result tells whether its results hold the words (all of a part's
 * results do, or none); parts that fell back are left out while another part found
 * the words. For a query of one word `partsHolding` may tell from the pre-filter the
 * exact ordering fetches anyway, sparing a fragment per part (10,000 reports: 捐款's
 * first search fetched two fragments it did not show).
 */
async function searchParts(pagefind: Searcher, parts: number, text: string | null, filters: Filters, partsHolding?: PartsHolding): Promise<Found> {
  if (parts === 1 || text === null) {
    const search = await pagefind.search(text, { filters });
    return { hits: search.results.map(asHit), counts: search.filters };
  }
  const words = pagefindWords(text);
  const [perPart, holding = []] = await Promise.all([
    Promise.all(Array.from({ length: parts }, (_, i) => pagefind.search(text, { filters: { ...filters, [PART_FILTER]: [partName(i)] } }))),
    words.length === 1 ? partsHolding?.(words[0]!) : undefined,
  ]);
  const hits = perPart.map((search) => search.results.map(asHit));
  const found = await Promise.all(
    hits.map(async ([best], i) => best !== undefined && (holding[i] ?? containsWords((await best.data()).content, words))),
  );
  const kept = perPart.map((_, i) => i).filter((i) => found[i] || !found.includes(true));
  return {
    hits: kept.flatMap((i) => hits[i]).sort((a, b) => b.score - a.score),
    counts: addCounts(kept.map((i) => perPart[i].filters)),
  };
}
