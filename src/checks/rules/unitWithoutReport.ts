/** The `unit-without-report` publication rule (a warning): a published unit with no published report. */
import type { EntryPlaced, LintEntry } from '../types.ts';

/** A published unit no checked report belongs to: its page would show a profile and nothing else. */
export function checkUnitsWithoutReport(entries: LintEntry[]): EntryPlaced[] {
  const reported = new Set(entries.filter((entry) => entry.kind === 'report').map((entry) => entry.unitId));
  return entries
    .filter((entry) => entry.kind === 'unit' && !reported.has(entry.unitId))
    .map((entry) => ({
      entry,
      field: 'name',
      ...(entry.fieldPositions.get('name') ?? { line: 1, column: 1 }),
      message: `单位「${String(entry.data.name ?? entry.unitId)}」还没有一份公开的材料`,
      hint: `在 src/content/reports/${entry.unitId ?? '单位编号'}/ 下新增材料，或暂时把单位设为 draft: true`,
    }));
}
