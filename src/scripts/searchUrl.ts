/**
 * The search page's state (query, filters, sort) lives in the URL, so a search can be
 * shared and the back button works (see searchParams.ts for its parameters). The form
 * is where the visitor changes it; each change becomes a new history entry.
 */
import { paramsFromState, stateFromParams, withoutFilter, type SearchState } from '../lib/searchParams';

/** The state in the address bar. */
export const urlState = (): SearchState => stateFromParams(new URLSearchParams(location.search));

/** Makes `state` the address of a new history entry (the bare path when it is empty). */
export function pushUrlState(state: SearchState): void {
  const params = paramsFromState(state).toString();
  history.pushState(null, '', params ? `?${params}` : location.pathname);
}

/** The state the form shows: the query box, the ticked facets, the sort. */
export function formState(input: HTMLInputElement, facets: HTMLElement, sort: HTMLSelectElement): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (filters[box.dataset.filter!] ??= []).push(box.value);
  }
  return { query: input.value.trim(), filters, sort: sort.value as SearchState['sort'] };
}

/** The state after a click on a filter's chip (without that filter) or on "clear all" (without any). */
export function stateAfterChip(button: HTMLButtonElement, input: HTMLInputElement): SearchState {
  // The URL holds the filters even where the facets have not been drawn.
  const state = { ...urlState(), query: input.value.trim() };
  const { clear, filter, value } = button.dataset;
  return clear !== undefined ? { ...state, filters: {} } : withoutFilter(state, filter!, value!);
}
