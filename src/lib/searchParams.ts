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

/** pagefind's sort option for an order, or undefined to keep its relevance order. */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { year: 'desc' };
  if (sort === 'oldest') return { year: 'asc' };
  return undefined;
}
