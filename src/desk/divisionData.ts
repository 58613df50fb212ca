/**
 * The division data the desk's region picker loads (src/desk/client/regionWidget.ts):
 * provinces, prefectures and counties in one list, fetched when a unit's form opens, and
 * each province's townships, fetched when a county in it is picked. Rows are
 * `[code, name, parentCode]`, from the same catalog the region schema checks against, so
 * a picked path is one the schema accepts as it is.
 */
import { divisionsAtLevel } from '../lib/divisions/index.ts';
import type { Division } from '../lib/divisions/types.ts';

export type DivisionRow = [code: string, name: string, parentCode: string];

const row = (division: Division): DivisionRow => [division.code, division.name, division.parentCode ?? ''];

/** Provinces, prefectures and counties (about 3,200 rows). */
export function upperDivisionRows(): DivisionRow[] {
  return [1, 2, 3].flatMap((level) => divisionsAtLevel(level as 1 | 2 | 3).map(row));
}

/** The townships (乡、镇、街道) of one province, by its six-digit or two-digit code. */
export function townshipRows(provinceCode: string): DivisionRow[] {
  return divisionsAtLevel(4, provinceCode.slice(0, 2).padEnd(6, '0')).map(row);
}

/** The two-digit codes of the provinces, for writing every province's townships. */
export function provincePrefixes(): string[] {
  return divisionsAtLevel(1).map((province) => province.code.slice(0, 2));
}
