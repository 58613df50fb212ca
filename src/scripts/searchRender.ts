/**
 * What the search page draws: the facets with their counts, each result, the chips of
 * the active filters, and the status line. Plain DOM, redrawn on every search.
 */
import { SEARCH_FILTERS } from '../lib/searchFields';
import { FILTER_PARAMS, hasFilters, type SearchState } from '../lib/searchParams';
import type { FilterCounts } from '../lib/searchParts';
import { searchSnippet } from '../lib/searchSnippet';
import type { ResultData } from './searchResults';

/** The search page's elements (SiteSearch.astro and its parts), found once. */
export function searchElements(root: HTMLElement) {
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  return {
    ui: find('[data-search-ui]'),
    form: find<HTMLFormElement>('form'),
    input: find<HTMLInputElement>('form input'),
    panel: find<HTMLDetailsElement>('[data-facets-panel]'),
    facets: find('[data-facets]'),
    chosen: find('[data-filter-count]'),
    chips: find('[data-chips]'),
    status: find('[data-status]'),
    sort: find<HTMLSelectElement>('[data-sort]'),
    list: find<HTMLOListElement>('[data-results]'),
    more: find<HTMLButtonElement>('[data-more]'),
  };
}

/** An element with properties and children, for the renderers below. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** The facets: per filter, each value with how many results hold it (values with none are left out unless chosen). */
export function renderFacets(container: HTMLElement, counts: FilterCounts, state: SearchState) {
  container.replaceChildren(element('h2', { className: 'visually-hidden', textContent: '按条件筛选' }));
  for (const name of SEARCH_FILTERS) {
    const chosen = state.filters[name] ?? [];
    const values = Object.entries(counts[name] ?? {})
      .filter(([value, count]) => count > 0 || chosen.includes(value))
      .sort(([a], [b]) => (name === '年份' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
    if (values.length === 0) continue;
    const fieldset = element('fieldset', {}, element('legend', { textContent: name }));
    for (const [value, count] of values) {
      const box = element('input', { type: 'checkbox', name: FILTER_PARAMS[name], value, checked: chosen.includes(value) });
      box.dataset.filter = name;
      const number = element('span', { className: 'count', textContent: String(count) });
      number.setAttribute('aria-label', `${count} 条`);
      fieldset.append(element('label', {}, box, element('span', { textContent: value }), number));
    }
    container.append(fieldset);
  }
}

/** A result: its title, its unit · year · kind once, and the body around the match with the terms marked. */
export function renderHit(data: ResultData, terms: readonly string[]): HTMLLIElement {
  const title = element('h2', {}, element('a', { href: data.url, textContent: data.meta.title ?? data.url }));
  // The kind is the page's filter: searchFields.ts keeps it out of the metadata.
  const rest = [data.meta.year && `${data.meta.year}年`, data.filters?.['材料类型']?.[0]].filter(Boolean).join(' · ');
  const meta = element(
    'p',
    { className: 'meta' },
    element('span', { className: 'search-unit', textContent: data.meta.unit ?? '' }),
    rest ? ` · ${rest}` : '',
  );
  const snippet = searchSnippet({ content: data.content, title: data.meta.title, excerpt: data.excerpt }, terms);
  const excerpt = element(
    'p',
    { className: 'search-snippet' },
    ...snippet.map((part) => (part.mark ? element('mark', { textContent: part.text }) : part.text)),
  );
  return element('li', {}, title, meta, excerpt);
}

/** The active filters as chips that remove themselves (the clear-all button is in the markup). */
export function renderChips(container: HTMLElement, state: SearchState) {
  const list = container.querySelector('ul')!;
  list.replaceChildren();
  for (const [name, values] of Object.entries(state.filters)) {
    for (const value of values) {
      const cross = element('span', { textContent: '×' });
      cross.setAttribute('aria-hidden', 'true');
      const chip = element('button', { type: 'button', className: 'search-chip', textContent: `${name}：${value}` }, cross);
      Object.assign(chip.dataset, { filter: name, value });
      chip.setAttribute('aria-label', `移除筛选：${name} ${value}`);
      list.append(element('li', {}, chip));
    }
  }
  container.hidden = list.childElementCount === 0;
}

/** How many filter values are chosen, said in the collapsed panel's summary. */
export function chosenText(state: SearchState): string {
  const chosen = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  return chosen > 0 ? `已选 ${chosen} 项` : '';
}

/** The status line after a search; `verbatim` where the results are only the pages holding the query as it was typed. */
export function statusText(count: number, state: SearchState, { verbatim = false } = {}): string {
  if (count > 0 && verbatim) return `找到 ${count} 条原文含有「${state.query}」的结果`;
  if (count > 0) return state.query ? `找到 ${count} 条与「${state.query}」相关的结果` : `共 ${count} 条结果`;
  const about = state.query ? `与「${state.query}」相关的` : '符合条件的';
  return hasFilters(state) ? `没有找到${about}结果。请尝试去掉部分筛选条件。` : `没有找到${about}结果。请换一个关键词试试。`;
}
