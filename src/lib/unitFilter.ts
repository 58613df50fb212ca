/**
 * The units index's filter, as pure functions the page's script and its tests share:
 * which units a choice keeps, and the count beside every option. Counts are faceted:
 * an option's count is how many units the list would show if it were chosen with the
 * other fields as they are, so the number beside an option always agrees with the list.
 */

/** What a unit can be filtered by, as slugs (see unitFacets.ts `filterKeys`). */
export interface UnitFilterKeys {
  type: string;
  regions: string[];
  honors: string[];
}

export const FILTER_FIELDS = ['region', 'type', 'honor'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
/** The slug chosen per field; '' for all. */
export type FilterChoice = Record<FilterField, string>;

function matchesField(keys: UnitFilterKeys, field: FilterField, slug: string): boolean {
  if (!slug) return true;
  if (field === 'region') return keys.regions.includes(slug);
  if (field === 'type') return keys.type === slug;
  return keys.honors.includes(slug);
}

export function matchesChoice(keys: UnitFilterKeys, choice: FilterChoice): boolean {
  return FILTER_FIELDS.every((field) => matchesField(keys, field, choice[field]));
}

/** For each field, the count of every option given the other fields' choices. */
export function facetCounts(
  units: readonly UnitFilterKeys[],
  choice: FilterChoice,
  options: Record<FilterField, readonly string[]>,
): Record<FilterField, Record<string, number>> {
  const counts = {} as Record<FilterField, Record<string, number>>;
  for (const field of FILTER_FIELDS) {
    const others = units.filter((keys) => matchesChoice(keys, { ...choice, [field]: '' }));
    counts[field] = Object.fromEntries(options[field].map((slug) => [slug, others.filter((keys) => matchesField(keys, field, slug)).length]));
  }
  return counts;
}
