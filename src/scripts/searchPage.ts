import { SEARCH_FILTERS } from '../lib/searchFields';
import { FILTER_PARAMS, pagefindSort, paramsFromState, stateFromParams, type SearchState } from '../lib/searchParams';
import { parseQuery, rankByPhrase, type ParsedQuery } from '../lib/searchQuery';
import { withBase } from '../lib/urls';

/** Results shown at first and added by each "load more". */
const PAGE_SIZE = 10;
/** How many of pagefind's top results are re-ranked by phrase. */
const RERANK_WINDOW = 40;

interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: object): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A result whose data may already be loaded (for re-ranking) or not yet. */
interface Hit {
  result: PagefindResult;
  data?: ResultData;
}

async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as Pagefind;
  await pagefind.options({ baseUrl: withBase('/'), highlightParam: 'highlight', excerptLength: 40 });
  await pagefind.init();
  // Loads the filter index; without it pagefind's searches report no filter counts.
  await pagefind.filters();
  return pagefind;
}

/**
 * Asks pagefind for the query's words, then puts results that hold the query as a
 * phrase first (see searchQuery.ts for why pagefind's own order is not enough).
 */
async function findHits(pagefind: Pagefind, state: SearchState, query: ParsedQuery) {
  const sort = pagefindSort(state.sort);
  const search = await pagefind.search(query.text || null, { filters: state.filters, ...(sort && { sort }) });
  if (!query.text || state.sort !== 'relevance') {
    return { hits: search.results.map((result) => ({ result })), filters: search.filters };
  }
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
  heading.textContent = '筛选条件';
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

function renderHit(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.unit, data.meta.year && `${data.meta.year}年`, data.meta.kind].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  // pagefind escapes the page text and adds only <mark> around matched terms.
  excerpt.innerHTML = data.excerpt;
  item.append(title, meta, excerpt);
  return item;
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
  const facets = root.querySelector<HTMLElement>('[data-facets]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const sort = root.querySelector<HTMLSelectElement>('[data-sort]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;

  ui.hidden = false;
  status.textContent = '正在加载搜索索引…';
  const pagefind = await loadPagefind();
  let hits: Hit[] = [];
  let shown = 0;
  let run = 0;

  const showMore = async (thisRun: number) => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map(async (hit) => hit.data ?? (await hit.result.data())));
    if (thisRun !== run) return;
    list.append(...data.map(renderHit));
    shown += next.length;
    more.hidden = shown >= hits.length;
  };

  const searchFor = async (state: SearchState) => {
    const thisRun = ++run;
    input.value = state.query;
    sort.value = state.sort;
    list.replaceChildren();
    shown = 0;
    more.hidden = true;
    if (!state.query && Object.keys(state.filters).length === 0) {
      hits = [];
      status.textContent = '请输入关键词，或在左侧选择筛选条件。';
      renderFacets(facets, await pagefind.filters(), state);
      return;
    }
    status.textContent = '正在搜索…';
    const found = await findHits(pagefind, state, parseQuery(state.query));
    if (thisRun !== run) return;
    hits = found.hits;
    renderFacets(facets, found.filters, state);
    status.textContent = statusText(hits.length, state);
    await showMore(thisRun);
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
  facets.addEventListener('change', () => navigate(currentState()));
  sort.addEventListener('change', () => navigate(currentState()));
  more.addEventListener('click', () => void showMore(run));
  window.addEventListener('popstate', () => void searchFor(stateFromParams(new URLSearchParams(location.search))));

  await searchFor(stateFromParams(new URLSearchParams(location.search)));
}
