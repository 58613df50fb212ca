/**
 * Reads a frontmatter date strictly. YAML 1.1 parsers (Astro's among them) turn an
 * unquoted `2023-13-45` into 2024-02-14 without a word, and `new Date()` rolls over
 * `2023-02-30` the same way; an editor's typo must be an error instead.
 */

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Why `text` is not a real calendar date (in Chinese), or undefined when it is one. */
export function calendarDateProblem(text: string): string | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return `「${text}」不是 YYYY-MM-DD 格式的日期`;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12) return `「${text}」中的月份 ${month} 不存在（应为 1–12）`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `「${text}」不存在：${year} 年 ${month} 月只有 ${daysInMonth} 天`;
  if (hour > 23 || minute > 59 || second > 59) return `「${text}」中的时间不存在`;
  return undefined;
}

/**
 * The date a valid `YYYY-MM-DD` (optionally with a time) stands for, at midnight UTC
 * when no time is given, as YAML parsers and Astro read it.
 */
export function parseCalendarDate(text: string): Date {
  const match = DATE.exec(text.trim());
  if (!match || calendarDateProblem(text)) throw new Error(`Not a calendar date: ${text}`);
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => Number(part ?? 0));
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

/** `YYYY-MM-DD` of a date, in UTC as stored. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
