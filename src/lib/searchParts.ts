/**
 * A large site's search index is written in parts (see integrations/pagefind.ts):
 * the first is pagefind/ itself, the others pagefind/part-2/, part-3/…, listed in
 * pagefind/parts.json, which the search page reads to merge them.
 */
export const SEARCH_PARTS_MANIFEST = 'parts.json';

/** The folder of part `i` (0-based) under pagefind/. */
export const searchPartFolder = (i: number) => (i === 0 ? '' : `part-${i + 1}/`);

/**
 * A filter the search page gives each part when it loads it (pagefind's mergeFilter),
 * so it can search one part at a time. It is not one of the facets.
 */
export const PART_FILTER = '索引分区';

/** The PART_FILTER value of part `i` (0-based). */
export const partName = (i: number) => String(i + 1);

export type FilterCounts = Record<string, Record<string, number>>;

/** Adds up the facet counts of searches over different pages (as pagefind merges its own). */
export function addCounts(counts: readonly FilterCounts[]): FilterCounts {
  const total: FilterCounts = {};
  for (const filters of counts) {
    for (const [name, values] of Object.entries(filters)) {
      const into = (total[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return total;
}

/** Each filter value's count over pages' filters, as pagefind counts a search's results. */
export function countFilters(pages: readonly { filters?: Record<string, string[]> }[]): FilterCounts {
  return addCounts(
    pages.map(({ filters = {} }) =>
      Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.fromEntries(values.map((value) => [value, 1]))])),
    ),
  );
}
