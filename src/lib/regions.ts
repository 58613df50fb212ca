/** The region index of the site: every region units lie in, with official names, division codes and stable slugs. */
import { divisionPath, regionDivision } from './divisions/index.ts';
import type { UnitData } from './schemas';
import { slugify } from './slugify';

/** The fields of a unit entry that the region index needs. */
export interface UnitInRegion {
  id: string;
  data: Pick<UnitData, 'region'>;
}

export interface Region {
  name: string;
  /** Official names from the province down to this region, e.g. [山西省, 长治市, 潞州区] */
  path: string[];
  /** The division code (GB/T 2260; the statistics office's for townships and villages) */
  code: string;
  /**
   * The pinyin of the name and the code, e.g. he-shuo-xian-652828: readable, and the
   * same whatever other regions the site gains, since no two divisions share a code.
   */
  slug: string;
  /** Ids of the units in this region or any region below it */
  unitIds: string[];
}

const pathKey = (path: readonly string[]) => path.join('/');

/**
 * The codes of each level of a region path. The schema has already completed every
 * unit's region to an official path; a path it did not check (a hand-made test unit)
 * keeps pinyin slugs of the whole path so it still gets a page.
 */
function codesOf(path: readonly string[]): string[] {
  const division = regionDivision(path);
  return division ? divisionPath(division).map((d) => d.code) : path.map((_, depth) => slugify(path.slice(0, depth + 1).join('-')));
}

/** Every region that units lie in, at every level, provinces first and each level in code order. */
export function buildRegionIndex(units: readonly UnitInRegion[]): Region[] {
  const byPath = new Map<string, Region>();
  for (const unit of units) {
    const codes = codesOf(unit.data.region);
    unit.data.region.forEach((name, depth) => {
      const path = unit.data.region.slice(0, depth + 1);
      const key = pathKey(path);
      const code = codes[depth];
      const region = byPath.get(key) ?? { name, path, code, slug: /^\d+$/.test(code) ? `${slugify(name)}-${code}` : code, unitIds: [] };
      region.unitIds.push(unit.id);
      byPath.set(key, region);
    });
  }
  return [...byPath.values()].sort((a, b) => a.path.length - b.path.length || a.code.localeCompare(b.code));
}

export function findRegion(regions: readonly Region[], path: readonly string[]): Region | undefined {
  const key = pathKey(path);
  return regions.find((region) => pathKey(region.path) === key);
}

/** The slug of each level of `path` from the province down, where the showcase has that region. */
export function regionSlugs(regions: readonly Region[], path: readonly string[]): (string | undefined)[] {
  return path.map((_, depth) => findRegion(regions, path.slice(0, depth + 1))?.slug);
}

/** The regions one level below a region (or the provinces, without one), in code order. */
export function childRegions(regions: readonly Region[], parent?: Region): Region[] {
  const depth = parent ? parent.path.length + 1 : 1;
  const prefix = parent ? pathKey(parent.path) + '/' : '';
  return regions.filter((r) => r.path.length === depth && pathKey(r.path).startsWith(prefix));
}
