/** The unit type a division implies when the unit is the division itself (阳泉市 is a 市, 特吾里克镇 a 乡镇). */
import type { UnitType } from '../vocabulary.ts';
import { divisionPath } from './catalog.ts';
import { shortFormsOf } from './shortForms.ts';
import type { Division } from './types.ts';

/** The naming category of a division's level; a province is none of them. */
export function unitTypeOfDivision(division: Division): UnitType | undefined {
  if (division.level === 2) return '市';
  if (division.level === 3) return '县';
  if (division.level === 4) return '乡镇';
  if (division.level === 5) return /(社区|居委会|居民委员会)$/.test(division.officialName ?? division.name) ? '社区' : '村';
  return undefined;
}

const namesOf = (division: Division) => [division.name, ...shortFormsOf(division)];

/**
 * Whether a unit's name is the name of the division its region ends at, possibly
 * after the names of divisions above it (长治市城区, 和硕县特吾里克镇), so the unit is
 * that division rather than a body inside it (和硕县人力资源和社会保障局).
 */
export function unitIsDivision(unitName: string, division: Division): boolean {
  const ancestors = divisionPath(division).slice(0, -1).flatMap(namesOf);
  let rest = unitName.trim();
  for (let cut = true; cut;) {
    cut = false;
    for (const name of ancestors) {
      if (rest.startsWith(name) && rest.length > name.length) {
        rest = rest.slice(name.length);
        cut = true;
      }
    }
  }
  return namesOf(division).includes(rest);
}
