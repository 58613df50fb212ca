/**
 * Dates that are real but probably not meant: a report written in another year than
 * the one it covers (a year-end summary written in January is normal, so this is
 * advice), and an embargo that lifts before the report was even written.
 */
import { isoDay } from '../../lib/calendarDate.ts';
import type { Finding, LintEntry } from '../types.ts';

/** `data` is the schema's output: dates are Date objects. */
export function reportDates(entry: LintEntry, data: Record<string, unknown>): Finding[] {
  if (entry.kind !== 'report') return [];
  const { date, publishAt, year } = data;
  const findings: Finding[] = [];
  const warn = (field: string, message: string, hint: string): Finding => ({
    file: entry.file,
    field,
    ...(entry.fieldPositions.get(field) ?? { line: 2, column: 1 }),
    severity: 'warning',
    rule: 'report-date',
    message,
    hint,
  });
  // A year-end summary is often written in the first quarter of the next year.
  const writtenEarlyNextYear = date instanceof Date && date.getUTCFullYear() === Number(year) + 1 && date.getUTCMonth() < 3;
  if (date instanceof Date && typeof year === 'number' && date.getUTCFullYear() !== year && !writtenEarlyNextYear) {
    findings.push(warn('date', `成文日期 ${isoDay(date)} 不在材料年份 ${year} 年内`, '核对 date 和 year 是否有一个写错'));
  }
  if (date instanceof Date && publishAt instanceof Date && publishAt < date) {
    findings.push(warn('publishAt', `定时发布日期 ${isoDay(publishAt)} 早于成文日期 ${isoDay(date)}`, '核对 publishAt：定时发布应在成文之后'));
  }
  return findings;
}
