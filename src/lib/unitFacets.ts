/** The units index's facets: unit types and honour levels with their counts and slugs, and each unit's filter keys. */
import type { Region } from './regions';
import type { Honor, UnitData } from './schemas';
import { HONOR_LEVEL_SLUGS, HONOR_LEVELS, UNIT_TYPE_SLUGS, UNIT_TYPES, type HonorLevel, type UnitType } from './vocabulary';

/** The fields of a unit entry that filtering needs. */
export interface FilterableUnit {
  id: string;
  data: Pick<UnitData, 'type' | 'region'> & { honors: Pick<Honor, 'level'>[] };
}

export interface Facet {
  label: string;
  slug: string;
  count: number;
}

/** Unit types in the vocabulary's order, only those in use. */
export function typeFacets(units: readonly FilterableUnit[]): Facet[] {
  return UNIT_TYPES.map((type) => ({
    label: type,
    slug: UNIT_TYPE_SLUGS[type],
    count: units.filter((unit) => unit.data.type === type).length,
  })).filter((facet) => facet.count > 0);
}

/** Honor levels, highest first, only those some unit holds. */
export function honorFacets(units: readonly FilterableUnit[]): Facet[] {
  return HONOR_LEVELS.map((level) => ({
    label: level,
    slug: HONOR_LEVEL_SLUGS[level],
    count: units.filter((unit) => hasHonorLevel(unit, level)).length,
  })).filter((facet) => facet.count > 0);
}

export function hasHonorLevel(unit: FilterableUnit, level: HonorLevel): boolean {
  return unit.data.honors.some((honor) => honor.level === level);
}

/** The slugs a filter on this unit can match: its type, every region it lies in, its honor levels. */
export function filterKeys(unit: FilterableUnit, regions: readonly Region[]) {
  return {
    type: UNIT_TYPE_SLUGS[unit.data.type],
    regions: regions.filter((region) => region.unitIds.includes(unit.id)).map((region) => region.slug),
    honors: [...new Set(unit.data.honors.map((honor) => HONOR_LEVEL_SLUGS[honor.level]))],
  };
}

export function unitTypeBySlug(slug: string): UnitType | undefined {
  return UNIT_TYPES.find((type) => UNIT_TYPE_SLUGS[type] === slug);
}

export function honorLevelBySlug(slug: string): HonorLevel | undefined {
  return HONOR_LEVELS.find((level) => HONOR_LEVEL_SLUGS[level] === slug);
}
