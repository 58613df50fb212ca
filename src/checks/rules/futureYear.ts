/** The `future-year` publication rule: a report whose year has not come yet. */
import type { LintEntry, Placed } from '../types.ts';

/** A report dated after the current year has a typo in `year` (2032 for 2023) or is not a report of work done. */
export function checkFutureYear(entry: LintEntry, now: Date): Placed[] {
  const year = entry.data.year;
  if (entry.kind !== 'report' || typeof year !== 'number' || year <= now.getFullYear()) return [];
  const at = entry.fieldPositions.get('year') ?? { line: 1, column: 1 };
  return [
    {
      field: 'year',
      ...at,
      message: `year 是 ${year}，晚于今年（${now.getFullYear()}）`,
      hint: '核对材料的年份并改正；计划类材料也按成文的年份填写',
    },
  ];
}
