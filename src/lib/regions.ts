import { slugify } from './slugify';

/** The fields of a unit entry that the region index needs. */
export interface UnitInRegion {
  id: string;
  data: { region: string[] };
}

export interface Region {
  name: string;
  /** From the province down to this region, e.g. [山西省, 长治市, 城区] */
  path: string[];
  slug: string;
  /** Ids of the units in this region or any region below it */
  unitIds: string[];
}

const pathKey = (path: readonly string[]) => path.join('/');

/**
 * Every region that units name, at every level. A region's slug is the pinyin of
 * its name; where two regions share a slug (城区 in many cities, or 苏州/宿州 that read
 * alike) the whole path is spelled out so each keeps its own page.
 */
export function buildRegionIndex(units: readonly UnitInRegion[]): Region[] {
  const byPath = new Map<string, Region>();
  for (const unit of units) {
    unit.data.region.forEach((name, depth) => {
      const path = unit.data.region.slice(0, depth + 1);
      const key = pathKey(path);
      const region = byPath.get(key) ?? { name, path, slug: '', unitIds: [] };
      region.unitIds.push(unit.id);
      byPath.set(key, region);
    });
  }
  const regions = [...byPath.values()].sort((a, b) => a.path.length - b.path.length || a.name.localeCompare(b.name, 'zh-CN'));
  const slugUses = new Map<string, number>();
  for (const region of regions) slugUses.set(slugify(region.name), (slugUses.get(slugify(region.name)) ?? 0) + 1);
  for (const region of regions) {
    const shared = (slugUses.get(slugify(region.name)) ?? 0) > 1;
    region.slug = shared ? region.path.map(slugify).join('--') : slugify(region.name);
  }
  return regions;
}

export function findRegion(regions: readonly Region[], path: readonly string[]): Region | undefined {
  const key = pathKey(path);
  return regions.find((region) => pathKey(region.path) === key);
}

/** The regions one level below a region (or the provinces, without one). */
export function childRegions(regions: readonly Region[], parent?: Region): Region[] {
  const depth = parent ? parent.path.length + 1 : 1;
  const prefix = parent ? pathKey(parent.path) + '/' : '';
  return regions.filter((r) => r.path.length === depth && pathKey(r.path).startsWith(prefix));
}
