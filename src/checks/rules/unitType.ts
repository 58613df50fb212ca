/** The `unit-type` publication rule (a warning): a unit that is a division itself but typed otherwise. */
import { resolveRegion, unitIsDivision, unitTypeOfDivision } from '../../lib/divisions/index.ts';
import { UNIT_TYPE_ALIASES } from '../../lib/vocabulary.ts';
import type { LintEntry, Placed } from '../types.ts';

/**
 * A unit that is itself a division (阳泉市, 长治市城区, 特吾里克镇) has the type its level
 * implies: 市 for a prefecture, 县 for a county, 乡镇 for a township, 社区 or 村 below.
 * A different type is usually a slip; a body inside the division (和硕县民宗局) is
 * not the division and is left alone.
 */
export function checkUnitType(entry: LintEntry): Placed[] {
  const { name, type, region } = entry.data;
  if (entry.kind !== 'unit' || typeof name !== 'string' || typeof type !== 'string' || !Array.isArray(region)) return [];
  const resolution = resolveRegion(region.map(String));
  if (!resolution.ok || !unitIsDivision(name, resolution.division)) return [];
  const expected = unitTypeOfDivision(resolution.division);
  const written = UNIT_TYPE_ALIASES[type.trim()] ?? type.trim();
  if (!expected || written === expected) return [];
  return [
    {
      ...(entry.fieldPositions.get('type') ?? { line: 1, column: 1 }),
      message: `单位「${name}」就是${resolution.path.join(' › ')}这一级行政区划，type 应为「${expected}」，现在是「${type}」`,
      hint: `把 type 改为 ${expected}；如果这是当地的一个机关或单位，请在 name 中写全称（如「${name}民族宗教事务局」）`,
    },
  ];
}
