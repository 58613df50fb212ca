/** The `duplicate-report` publication rule: one unit, one year, one kind, two reports. */
import type { EntryPlaced, LintEntry } from '../types.ts';

/**
 * Two published reports of one unit with the same year and kind: the site would
 * show both, and their figures would count twice in every total.
 */
export function checkDuplicateReports(entries: LintEntry[]): EntryPlaced[] {
  const groups = new Map<string, LintEntry[]>();
  for (const entry of entries) {
    if (entry.kind !== 'report' || !entry.unitId) continue;
    const key = `${entry.unitId}\u0000${String(entry.data.year)}\u0000${String(entry.data.kind)}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((entry) => {
        const others = group.filter((other) => other !== entry).map((other) => other.file);
        const at = entry.fieldPositions.get('year') ?? { line: 1, column: 1 };
        return {
          entry,
          field: 'year',
          ...at,
          message: `与 ${others.join('、')} 重复：同一单位（${entry.unitId}）${String(entry.data.year)} 年有两份「${String(entry.data.kind)}」`,
          hint: '合并成一份，或删去多余的一份；确是两份不同材料的，核对其中一份的 year 或 kind',
        };
      }),
    );
}
