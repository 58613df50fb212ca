import { describe, expect, it } from 'vitest';
import { isoDay, readCalendarDate } from '../../src/lib/calendarDate.ts';

describe('readCalendarDate', () => {
  it('reads a day as midnight UTC, as YAML parsers and Astro do', () => {
    expect(readCalendarDate('2023-12-20')).toEqual({ date: new Date('2023-12-20T00:00:00Z') });
    expect(readCalendarDate(' 2024-2-9 ')).toEqual({ date: new Date('2024-02-09T00:00:00Z') });
  });

  it('reads a day with a time', () => {
    expect(readCalendarDate('2025-01-01 08:30')).toEqual({ date: new Date('2025-01-01T08:30:00Z') });
    expect(readCalendarDate('2025-01-01T23:59:59')).toEqual({ date: new Date('2025-01-01T23:59:59Z') });
  });

  it('refuses a day the month does not have instead of rolling over', () => {
    expect(readCalendarDate('2023-02-30')).toEqual({ problem: '「2023-02-30」不存在：2023 年 2 月只有 28 天' });
    expect(readCalendarDate('2024-02-29')).toEqual({ date: new Date('2024-02-29T00:00:00Z') });
  });

  it('refuses a month or a time that does not exist', () => {
    expect(readCalendarDate('2023-13-45')).toEqual({ problem: '「2023-13-45」中的月份 13 不存在（应为 1–12）' });
    expect(readCalendarDate('2023-01-01 24:00')).toEqual({ problem: '「2023-01-01 24:00」中的时间不存在' });
  });

  it('refuses text in another format', () => {
    expect(readCalendarDate('2023年12月20日')).toEqual({ problem: '「2023年12月20日」不是 YYYY-MM-DD 格式的日期' });
    expect(readCalendarDate('20XX-01-01')).toHaveProperty('problem');
  });
});

describe('isoDay', () => {
  it('gives the UTC day of a date', () => {
    expect(isoDay(new Date('2023-12-20T23:30:00Z'))).toBe('2023-12-20');
  });
});
