import { SEARCH_FILTERS } from './searchFields';

/**
 * The search page keeps its state in the URL (`/search/?q=捐款&year=2023`) so a
 * search can be shared and the back button works. Filter names are Chinese in the
 * index and ASCII in the URL.
 */
export const FILTER_PARAMS: Record<(typeof SEARCH_FILTERS)[number], string> = {
  年份: 'year',
  地区: 'region',
  单位类型: 'type',
  材料类型: 'kind',
  荣誉级别: 'honor',
};

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
  sort: SortOrder;
}

export const hasFilters = (state: SearchState) => Object.keys(state.filters).length > 0;

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(FILTER_PARAMS[name]).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  const sort = params.get('sort');
  return {
    query: params.get('q')?.trim() ?? '',
    filters,
    sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance',
  };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name] ?? []) params.append(FILTER_PARAMS[name], value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/**
 * The years to search one by one, in the order their results are shown, or
 * undefined for relevance order; only the years the visitor chose, if any. (The
 * index is merged from parts, and pagefind orders merged results by score, not by
 * its own sort option, so the page orders by year itself.)
 */
export function yearsInSortOrder(sort: SortOrder, years: readonly string[], chosen: readonly string[] = []): string[] | undefined {
  if (sort === 'relevance') return undefined;
  const ascending = years.filter((year) => chosen.length === 0 || chosen.includes(year)).sort();
  return sort === 'newest' ? ascending.reverse() : ascending;
}

/** `state` without one filter value, as removing its chip leaves it. */
export function withoutFilter(state: SearchState, name: string, value: string): SearchState {
  const filters = { ...state.filters };
  const kept = (filters[name] ?? []).filter((v) => v !== value);
  if (kept.length > 0) filters[name] = kept;
  else delete filters[name];
  return { ...state, filters };
}
