import { describe, expect, test } from 'vitest';
import { resolveRegion } from '../../../src/lib/divisions/index.ts';
import { townshipRows, upperDivisionRows, type DivisionRow } from '../../../src/desk/divisionData.ts';

const upper = upperDivisionRows();
const byCode = new Map(upper.map((row) => [row[0], row]));
/** The names the region picker writes for a row: its parents' and its own, from the province down. */
const pickedPath = (row: DivisionRow, rows: Map<string, DivisionRow>) => {
  const names: string[] = [];
  for (let at: DivisionRow | undefined = row; at; at = rows.get(at[2])) names.unshift(at[1]);
  return names;
};

describe("the region picker's data", { timeout: 60_000 }, () => {
  test('provinces to counties in one list, each under its parent', () => {
    expect(upper.length).toBeGreaterThan(3000);
    expect(upper.filter((row) => row[2] === '')).toHaveLength(31);
    expect(
      pickedPath(
        upper.find((row) => row[1] === '芒市')!,
        byCode,
      ),
    ).toEqual(['云南省', '德宏傣族景颇族自治州', '芒市']);
    // Municipalities' districts hang from the city itself, not from 市辖区.
    expect(
      pickedPath(
        upper.find((row) => row[1] === '朝阳区' && row[0].startsWith('11'))!,
        byCode,
      ),
    ).toEqual(['北京市', '朝阳区']);
  });

  test("a province's townships, each under its county", () => {
    const townships = townshipRows('530000');
    expect(townships.find((row) => row[1] === '遮放镇')?.[2]).toBe('533103');
    expect(townships.every((row) => row[0].startsWith('53') && row[0].length === 9)).toBe(true);
  });

  test('every path the picker can write is one the region schema keeps as it is', () => {
    const counties = upper.filter((row) => row[0].length === 6 && !row[0].endsWith('00'));
    for (const row of counties.filter((_, index) => index % 10 === 0)) {
      const path = pickedPath(row, byCode);
      const resolved = resolveRegion(path);
      expect(resolved.ok && resolved.path, path.join(' › ')).toEqual(path);
    }
    const yunnan = new Map([...byCode, ...townshipRows('53').map((row) => [row[0], row] as const)]);
    const township = townshipRows('53').find((row) => row[1] === '遮放镇')!;
    const path = pickedPath(township, yunnan);
    const resolved = resolveRegion(path);
    expect(resolved.ok && resolved.path).toEqual(['云南省', '德宏傣族景颇族自治州', '芒市', '遮放镇']);
  });
});
