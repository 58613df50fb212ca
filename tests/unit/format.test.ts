import { describe, expect, it } from 'vitest';
import { formatDate, formatMetricValue, formatMoney, formatNumber } from '../../src/lib/format';

describe('formatNumber', () => {
  it('groups thousands the zh-CN way (12345 → "12,345")', () => {
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('groups millions too', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('leaves numbers under a thousand ungrouped', () => {
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
  });

  it('keeps at most two decimals, rounding', () => {
    expect(formatNumber(6.55)).toBe('6.55');
    expect(formatNumber(3.14159)).toBe('3.14');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
  });

  it('drops trailing zero decimals', () => {
    expect(formatNumber(98.5)).toBe('98.5');
    expect(formatNumber(2.0)).toBe('2');
  });

  it('shows negative numbers with a minus sign', () => {
    expect(formatNumber(-1)).toBe('-1');
  });
});

describe('formatMoney', () => {
  it('formats 65500 万元 as 6.55亿元', () => {
    expect(formatMoney(65500)).toBe('6.55亿元');
  });

  it('keeps 9999 万元 in 万元, just under the 亿元 threshold', () => {
    expect(formatMoney(9999)).toBe('9,999万元');
  });

  it('rounds before choosing the unit, so 9999.995 万元 reads 1亿元', () => {
    expect(formatMoney(9999.995)).toBe('1亿元');
  });

  it('formats 10000 万元 as 1亿元, exactly at the threshold', () => {
    expect(formatMoney(10000)).toBe('1亿元');
  });

  it('keeps small amounts with decimals in 万元 (3.2 → 3.2万元)', () => {
    expect(formatMoney(3.2)).toBe('3.2万元');
  });

  it('formats 0 as 0万元', () => {
    expect(formatMoney(0)).toBe('0万元');
  });

  it('rounds 亿元 to two decimals (12345 万元 → 1.23亿元)', () => {
    expect(formatMoney(12345)).toBe('1.23亿元');
  });

  it('groups large 亿元 figures (123456789 万元 → 12,345.68亿元)', () => {
    expect(formatMoney(123456789)).toBe('12,345.68亿元');
  });

  it('applies the 亿元 threshold to the magnitude of negative amounts', () => {
    expect(formatMoney(-20000)).toBe('-2亿元');
    expect(formatMoney(-500)).toBe('-500万元');
  });
});

describe('formatMetricValue', () => {
  it('an amount reads as money, switching to 亿元 when large', () => {
    expect(formatMetricValue(3.2, { kind: 'amount', unit: '万元' })).toBe('3.2万元');
    expect(formatMetricValue(65500, { kind: 'amount', unit: '万元' })).toBe('6.55亿元');
  });

  it('a rate reads as a percentage (98.5 → 98.5%)', () => {
    expect(formatMetricValue(98.5, { kind: 'rate', unit: '%' })).toBe('98.5%');
    expect(formatMetricValue(100, { kind: 'rate', unit: '%' })).toBe('100%');
  });

  it('a count reads with its own unit and grouping (1200 人次 → 1,200人次)', () => {
    expect(formatMetricValue(1200, { kind: 'count', unit: '人次' })).toBe('1,200人次');
    expect(formatMetricValue(12, { kind: 'count', unit: '户' })).toBe('12户');
  });
});

describe('formatDate', () => {
  it('writes a long Chinese date', () => {
    expect(formatDate(new Date('2023-05-04T08:00:00+08:00'))).toBe('2023年5月4日');
  });

  it('reads the date in Beijing time, whatever the machine time zone (20:00 UTC on 31 Dec is 1 Jan)', () => {
    expect(formatDate(new Date('2023-12-31T20:00:00Z'))).toBe('2024年1月1日');
  });

  it('midnight in Beijing is still the same Beijing day', () => {
    expect(formatDate(new Date('2024-03-01T00:00:00+08:00'))).toBe('2024年3月1日');
  });
});
