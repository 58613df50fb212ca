import { SEARCH_FILTERS } from '../lib/searchFields';
import { FILTER_PARAMS, paramsFromState, stateFromParams, yearsInSortOrder, type SearchState } from '../lib/searchParams';
import { addCounts, PART_FILTER, partName, SEARCH_PARTS_MANIFEST } from '../lib/searchParts';
import { containsWords, inGroupOrder, isOneWord, pagefindWords, parseQuery, rankByPhrase, type ParsedQuery } from '../lib/searchQuery';
import { searchSnippet } from '../lib/searchSnippet';
import { withBase } from '../lib/urls';

/** Results shown at first and added by each "load more". */
const PAGE_SIZE = 10;
/** How many of pagefind's top results are re-ranked by phrase (each costs its text, ~3 KB). */
const RERANK_WINDOW = 40;

interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options: object): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

/** A result whose data may already be loaded (for re-ranking) or not yet. */
interface Hit {
  result: PagefindResult;
  data?: ResultData;
}

/** Pagefind with every part of the site's index merged (see searchParts.ts). */
interface SearchIndex {
  pagefind: Pagefind;
  parts: number;
}

async function loadPagefind(): Promise<SearchIndex> {
  const bundle = withBase('/pagefind/');
  const [pagefind, others] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    fetch(`${bundle}${SEARCH_PARTS_MANIFEST}`).then((response) => {
      if (!response.ok) throw new Error(`${bundle}${SEARCH_PARTS_MANIFEST}: HTTP ${response.status}`);
      return response.json() as Promise<string[]>;
    }),
  ]);
  const options = { baseUrl: withBase('/'), highlightParam: 'highlight', excerptLength: 40 };
  await pagefind.options(options);
  await pagefind.init();
  if (others.length > 0) {
    await pagefind.options({ mergeFilter: { [PART_FILTER]: partName(0) } });
    await Promise.all(
      others.map((folder, i) => pagefind.mergeIndex(`${bundle}${folder}`, { ...options, mergeFilter: { [PART_FILTER]: partName(i + 1) } })),
    );
  }
  return { pagefind, parts: others.length + 1 };
}

/**
 * Searches a site whose index is in parts. Pagefind, in an index with no word that
 * starts with a query word, falls back to pages with the longest word that begins it
 * (捐款 → 捐): one whole index does that only when no page has the word, but a part
 * does it whenever that part lacks it. So each part is searched on its own, and the
 * text of its best result tells whether its results hold the words (all of a part's
 * results do, or none); parts that fell back are left out while another part found
 * the words.
 */
async function searchParts({ pagefind, parts }: SearchIndex, text: string | null, filters: Record<string, string[]>) {
  if (parts === 1 || text === null) return pagefind.search(text, { filters });
  const words = pagefindWords(text);
  const perPart = await Promise.all(
    Array.from({ length: parts }, (_, i) => pagefind.search(text, { filters: { ...filters, [PART_FILTER]: [partName(i)] } })),
  );
  const found = await Promise.all(
    perPart.map(async ({ results: [best] }) => best !== undefined && containsWords((await best.data()).content, words)),
  );
  const kept = found.includes(true) ? perPart.filter((_, i) => found[i]) : perPart;
  return {
    results: kept.flatMap((search) => search.results).sort((a, b) => b.score - a.score),
    filters: addCounts(kept.map((search) => search.filters)),
  };
}

/**
 * Asks pagefind for the query's words, then orders the results: by year, one search
 * per year, or by relevance with results that hold the query as a phrase first
 * (see searchQuery.ts for why pagefind's own order is not enough).
 */
async function findHits(index: SearchIndex, state: SearchState, query: ParsedQuery, siteYears: string[]) {
  const text = query.text || null;
  const search = await searchParts(index, text, state.filters);
  const years = yearsInSortOrder(state.sort, siteYears, state.filters['年份']);
  if (years) {
    const found = new Set(search.results.map((result) => result.id));
    const perYear = await Promise.all(years.map((year) => index.pagefind.search(text, { filters: { ...state.filters, 年份: [year] } })));
    const ordered = inGroupOrder(
      perYear.map((inYear) => inYear.results.filter((result) => found.has(result.id))),
      search.results,
    );
    return { hits: ordered.map((result) => ({ result })), filters: search.filters };
  }
  if (!query.text || isOneWord(query)) return { hits: search.results.map((result) => ({ result })), filters: search.filters };
  // Quoted phrases must hold for every result, so all are checked; otherwise the top window.
  const window = query.phrases.length > 0 ? search.results : search.results.slice(0, RERANK_WINDOW);
  const loaded = await Promise.all(window.map(async (result) => ({ result, data: await result.data() })));
  const ranked: Hit[] = rankByPhrase(loaded, (hit) => hit.data.content, query);
  return { hits: ranked.concat(search.results.slice(window.length).map((result) => ({ result }))), filters: search.filters };
}

function renderFacets(container: HTMLElement, counts: Record<string, Record<string, number>>, state: SearchState) {
  container.replaceChildren();
  const heading = document.createElement('h2');
  heading.className = 'visually-hidden';
  heading.textContent = '按条件筛选';
  container.append(heading);
  for (const name of SEARCH_FILTERS) {
    const chosen = state.filters[name] ?? [];
    const values = Object.entries(counts[name] ?? {})
      .filter(([value, count]) => count > 0 || chosen.includes(value))
      .sort(([a], [b]) => (name === '年份' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = name;
    fieldset.append(legend);
    for (const [value, count] of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = FILTER_PARAMS[name];
      box.value = value;
      box.checked = chosen.includes(value);
      box.dataset.filter = name;
      const text = document.createElement('span');
      text.textContent = value;
      const number = document.createElement('span');
      number.className = 'count';
      number.textContent = String(count);
      number.setAttribute('aria-label', `${count} 条`);
      label.append(box, text, number);
      fieldset.append(label);
    }
    container.append(fieldset);
  }
}

/** A result: its title, its unit · year · kind once, and the body around the match with the terms marked. */
function renderHit(data: ResultData, terms: readonly string[]): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const unit = document.createElement('span');
  unit.className = 'search-unit';
  unit.textContent = data.meta.unit ?? '';
  const rest = [data.meta.year && `${data.meta.year}年`, data.meta.kind].filter(Boolean).join(' · ');
  meta.append(unit, rest ? ` · ${rest}` : '');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-snippet';
  for (const part of searchSnippet({ content: data.content, title: data.meta.title, excerpt: data.excerpt }, terms)) {
    if (!part.mark) excerpt.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  item.append(title, meta, excerpt);
  return item;
}

/** The active filters as chips that remove themselves, and a button that clears them all. */
function renderChips(container: HTMLElement, state: SearchState) {
  const list = container.querySelector('ul')!;
  list.replaceChildren();
  for (const [name, values] of Object.entries(state.filters)) {
    for (const value of values) {
      const item = document.createElement('li');
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'search-chip';
      chip.dataset.filter = name;
      chip.dataset.value = value;
      chip.setAttribute('aria-label', `移除筛选：${name} ${value}`);
      chip.textContent = `${name}：${value}`;
      const cross = document.createElement('span');
      cross.setAttribute('aria-hidden', 'true');
      cross.textContent = '×';
      chip.append(cross);
      item.append(chip);
      list.append(item);
    }
  }
  container.hidden = list.childElementCount === 0;
}

/** How many filter values are chosen, said in the collapsed panel's summary. */
function filterCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
}

function statusText(count: number, state: SearchState): string {
  const hasFilters = Object.keys(state.filters).length > 0;
  if (count > 0) return state.query ? `找到 ${count} 条与「${state.query}」相关的结果` : `共 ${count} 条结果`;
  const about = state.query ? `与「${state.query}」相关的` : '符合条件的';
  return hasFilters ? `没有找到${about}结果。请尝试去掉部分筛选条件。` : `没有找到${about}结果。请换一个关键词试试。`;
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const ui = root.querySelector<HTMLElement>('[data-search-ui]')!;
  const panel = root.querySelector<HTMLDetailsElement>('[data-facets-panel]')!;
  const facets = root.querySelector<HTMLElement>('[data-facets]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const sort = root.querySelector<HTMLSelectElement>('[data-sort]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const siteYears = (root.dataset.years ?? '').split(' ').filter(Boolean);
  const chips = root.querySelector<HTMLElement>('[data-chips]')!;
  const chosenCount = root.querySelector<HTMLElement>('[data-filter-count]')!;
  let terms: string[] = [];

  ui.hidden = false;
  status.textContent = '正在加载搜索索引…';
  const index = await loadPagefind();
  const { pagefind } = index;
  // Facet counts need pagefind's whole filter index (~100 KB for 10,000 reports), so it
  // loads when the visitor opens the facets, not with the first search.
  let filterIndex: Promise<FilterCounts> | undefined;
  const loadFilters = () => (filterIndex ??= pagefind.filters());
  let hits: Hit[] = [];
  let shown = 0;
  let run = 0;

  const showMore = async (thisRun: number) => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    // A second click while these load would show them twice.
    more.disabled = true;
    const data = await Promise.all(next.map(async (hit) => hit.data ?? (await hit.result.data())));
    more.disabled = false;
    if (thisRun !== run) return;
    list.append(...data.map((hit) => renderHit(hit, terms)));
    shown += next.length;
    more.hidden = shown >= hits.length;
  };

  const hasFilters = (state: SearchState) => Object.keys(state.filters).length > 0;

  const searchFor = async (state: SearchState) => {
    const thisRun = ++run;
    input.value = state.query;
    sort.value = state.sort;
    list.replaceChildren();
    shown = 0;
    more.hidden = true;
    terms = parseQuery(state.query).terms;
    renderChips(chips, state);
    const chosen = filterCount(state);
    chosenCount.textContent = chosen > 0 ? `已选 ${chosen} 项` : '';
    if (hasFilters(state)) panel.open = true;
    if (panel.open) await loadFilters();
    if (!state.query && !hasFilters(state)) {
      hits = [];
      status.textContent = '请输入关键词，或展开“筛选条件”按条件查找。';
      if (filterIndex) renderFacets(facets, await filterIndex, state);
      return;
    }
    status.textContent = '正在搜索…';
    const found = await findHits(index, state, parseQuery(state.query), siteYears);
    if (thisRun !== run) return;
    hits = found.hits;
    if (filterIndex) renderFacets(facets, found.filters, state);
    await showMore(thisRun);
    // Announced once the first results are on the page, not before.
    if (thisRun === run) status.textContent = statusText(hits.length, state);
  };

  const urlState = () => stateFromParams(new URLSearchParams(location.search));

  /** Fills the facets when the visitor first opens them, leaving the results as they are. */
  const showFacets = async () => {
    if (facets.childElementCount > 0) return;
    const state = urlState();
    const all = await loadFilters();
    const counts = state.query || hasFilters(state) ? (await searchParts(index, parseQuery(state.query).text || null, state.filters)).filters : all;
    renderFacets(facets, counts, state);
  };

  const currentState = (): SearchState => {
    const filters: Record<string, string[]> = {};
    for (const box of facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.dataset.filter!] ??= []).push(box.value);
    }
    return { query: input.value.trim(), filters, sort: sort.value as SearchState['sort'] };
  };

  const navigate = (state: SearchState) => {
    const params = paramsFromState(state).toString();
    history.pushState(null, '', params ? `?${params}` : location.pathname);
    void searchFor(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(currentState());
  });
  panel.addEventListener('toggle', () => {
    if (panel.open) void showFacets();
  });
  facets.addEventListener('change', () => navigate(currentState()));
  chips.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest('button');
    if (!target) return;
    // The URL holds the filters even where the facets have not been drawn.
    const state = { ...urlState(), query: input.value.trim() };
    if (target.dataset.clear !== undefined) state.filters = {};
    else {
      const { filter, value } = target.dataset;
      const kept = (state.filters[filter!] ?? []).filter((v) => v !== value);
      if (kept.length > 0) state.filters[filter!] = kept;
      else delete state.filters[filter!];
    }
    navigate(state);
  });
  sort.addEventListener('change', () => navigate(currentState()));
  more.addEventListener('click', () => void showMore(run));
  window.addEventListener('popstate', () => void searchFor(urlState()));

  await searchFor(urlState());
}
