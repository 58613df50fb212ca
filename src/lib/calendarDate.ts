/**
 * Reads a frontmatter date strictly. YAML 1.1 parsers (Astro's among them) turn an
 * unquoted `2023-13-45` into 2024-02-14 without a word, and `new Date()` rolls over
 * `2023-02-30` the same way; an editor's typo must be an error instead.
 */

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The date `text` stands for, at midnight UTC when it gives no time (as YAML parsers
 * and Astro read it), or why it is not a real calendar date, in Chinese.
 */
export function readCalendarDate(text: string): { date: Date } | { problem: string } {
  const match = DATE.exec(text.trim());
  if (!match) return { problem: `「${text}」不是 YYYY-MM-DD 格式的日期` };
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12) return { problem: `「${text}」中的月份 ${month} 不存在（应为 1–12）` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { problem: `「${text}」不存在：${year} 年 ${month} 月只有 ${daysInMonth} 天` };
  if (hour > 23 || minute > 59 || second > 59) return { problem: `「${text}」中的时间不存在` };
  return { date: new Date(Date.UTC(year, month - 1, day, hour, minute, second)) };
}

/** `YYYY-MM-DD` of a date, in UTC as stored. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
