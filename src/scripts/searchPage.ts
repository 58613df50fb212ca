/**
 * The search page (`<site-search>`, SiteSearch.astro): searches whenever the state in
 * the URL changes and shows the results ten at a time. Its concerns are apart:
 * searchIndex.ts loads pagefind's index parts and finds candidates in them,
 * searchResults.ts prepares the candidates for searchRanking.ts, which orders them,
 * searchRender.ts draws, and searchUrl.ts keeps the state in the URL.
 */
import { hasFilters, type SearchState } from '../lib/searchParams';
import type { FilterCounts } from '../lib/searchParts';
import { parseQuery } from '../lib/searchQuery';
import { loadSearchIndex } from './searchIndex';
import { findResults, type Found, type Hit } from './searchResults';
import { chosenText, renderChips, renderFacets, renderHit, searchElements, statusText } from './searchRender';
import { formState, pushUrlState, stateAfterChip, urlState } from './searchUrl';

/** Results shown at first and added by each "load more". */
const PAGE_SIZE = 10;

/** A clause's word search, to run when the visitor asks for more than its verbatim pages: the state it is for, and those pages' facet counts. */
interface WordSearch {
  search: () => Promise<Found>;
  state: SearchState;
  counts: FilterCounts;
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const { ui, form, input, panel, facets, chosen, chips, status, sort, list, more } = searchElements(root);
  const siteYears = (root.dataset.years ?? '').split(' ').filter(Boolean);

  ui.hidden = false;
  status.textContent = '正在加载搜索索引…';
  const index = await loadSearchIndex();
  // Facet counts load when the visitor opens the facets, not with the first search.
  let allCounts: Promise<FilterCounts> | undefined;
  const loadCounts = () => (allCounts ??= index.allCounts());
  let hits: Hit[] = [];
  let terms: string[] = [];
  let shown = 0;
  let run = 0;
  // Where the results so far are a clause's verbatim pages (searchResults.ts): the search for its words still to run.
  let wordSearch: WordSearch | undefined;

  /** The "more" button: the next ten results while some are not shown, then the search for a clause's words. */
  const updateMore = () => {
    more.textContent = shown < hits.length ? '加载更多' : '查看更多相关结果';
    more.hidden = shown >= hits.length && !wordSearch;
  };

  const showMore = async (thisRun: number) => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    // A second click while these load would show them twice.
    more.disabled = true;
    const data = await Promise.all(next.map((hit) => hit.data()));
    more.disabled = false;
    if (thisRun !== run) return;
    list.append(...data.map((hit) => renderHit(hit, terms)));
    shown += next.length;
    updateMore();
  };

  /** Adds the pages found for a clause's words after its verbatim pages. */
  const showRest = async (thisRun: number, { search, state }: WordSearch) => {
    wordSearch = undefined;
    more.disabled = true;
    status.textContent = '正在搜索…';
    const found = await search();
    more.disabled = false;
    if (thisRun !== run) return;
    const listed = new Set(hits.map((hit) => hit.id));
    hits = [...hits, ...found.hits.filter((hit) => !listed.has(hit.id))];
    if (allCounts) renderFacets(facets, found.counts, state);
    await showMore(thisRun);
    if (thisRun === run) status.textContent = statusText(hits.length, state);
  };

  const searchFor = async (state: SearchState) => {
    const thisRun = ++run;
    input.value = state.query;
    sort.value = state.sort;
    list.replaceChildren();
    shown = 0;
    wordSearch = undefined;
    more.hidden = true;
    terms = parseQuery(state.query).terms;
    renderChips(chips, state);
    chosen.textContent = chosenText(state);
    if (hasFilters(state)) panel.open = true;
    if (panel.open) await loadCounts();
    if (!state.query && !hasFilters(state)) {
      hits = [];
      status.textContent = '请输入关键词，或展开“筛选条件”按条件查找。';
      if (allCounts) renderFacets(facets, await allCounts, state);
      return;
    }
    status.textContent = '正在搜索…';
    const found = await findResults(index, state, parseQuery(state.query), siteYears);
    if (thisRun !== run) return;
    hits = found.hits;
    wordSearch = found.rest && { search: found.rest, state, counts: found.counts };
    if (allCounts) renderFacets(facets, found.counts, state);
    await showMore(thisRun);
    // Announced once the first results are on the page, not before.
    if (thisRun === run) status.textContent = statusText(hits.length, state, { verbatim: wordSearch !== undefined });
  };

  /** Fills the facets when the visitor first opens them, leaving the results as they are. */
  const showFacets = async () => {
    if (facets.childElementCount > 0) return;
    const state = urlState();
    const all = await loadCounts();
    const searched = state.query || hasFilters(state);
    const counts = wordSearch?.counts ?? (searched ? (await index.candidates(parseQuery(state.query).text || null, state.filters)).counts : all);
    renderFacets(facets, counts, state);
  };

  const navigate = (state: SearchState) => {
    pushUrlState(state);
    void searchFor(state);
  };
  const navigateToForm = () => navigate(formState(input, facets, sort));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigateToForm();
  });
  panel.addEventListener('toggle', () => {
    if (panel.open) void showFacets();
  });
  facets.addEventListener('change', navigateToForm);
  sort.addEventListener('change', navigateToForm);
  chips.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (button) navigate(stateAfterChip(button, input));
  });
  more.addEventListener('click', () => {
    if (shown < hits.length) void showMore(run);
    else if (wordSearch) void showRest(run, wordSearch);
  });
  window.addEventListener('popstate', () => void searchFor(urlState()));

  await searchFor(urlState());
}
