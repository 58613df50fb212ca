/**
 * The desk's date field: three lists, 年 / 月 / 日, writing `YYYY-MM-DD`. Decap's datetime
 * widget is the browser's own date input, whose text and calendar follow the browser's
 * language (mm/dd/yyyy and English month names in an English browser) whatever the
 * page's language, and which labels a date-only field "UTC"; lists in Chinese read the
 * same in every browser.
 */
import { createElement as h, useState } from 'react';
import type { WidgetProps } from './widgetProps.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Parts {
  year: string;
  month: string;
  day: string;
}

function partsOf(value: unknown): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(typeof value === 'string' ? value : '');
  return match ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) } : { year: '', month: '', day: '' };
}

/** 成文日期 is the past, 定时发布日期 the near future: years from 1949 to five years ahead, the newest first. */
function years(selected: string): string[] {
  const last = new Date().getFullYear() + 5;
  const list = Array.from({ length: last - 1949 + 1 }, (_, index) => String(last - index));
  return selected && !list.includes(selected) ? [selected, ...list] : list;
}

function select(id: string | undefined, label: string, value: string, options: [string, string][], onChange: (value: string) => void) {
  return h(
    'select',
    { id, 'aria-label': label, value, onChange: (event: { target: { value: string } }) => onChange(event.target.value), style: { width: 'auto' } },
    h('option', { value: '' }, '—'),
    ...options.map(([optionValue, text]) => h('option', { key: optionValue, value: optionValue }, text)),
  );
}

export function DateControl({ value, onChange, forID, classNameWrapper, field }: WidgetProps) {
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  const label = String(field.get('label') ?? '日期');
  const update = (next: Parts) => {
    const days = next.year && next.month ? daysIn(Number(next.year), Number(next.month)) : 31;
    const fixed = { ...next, day: next.day && Number(next.day) > days ? String(days) : next.day };
    setParts(fixed);
    // Only a whole date is a value; a half-picked one leaves the field empty, as the schema wants.
    onChange(fixed.year && fixed.month && fixed.day ? `${fixed.year}-${pad(Number(fixed.month))}-${pad(Number(fixed.day))}` : '');
  };
  const days = parts.year && parts.month ? daysIn(Number(parts.year), Number(parts.month)) : 31;
  return h(
    'div',
    { className: classNameWrapper, style: { display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' } },
    select(
      forID,
      `${label}：年`,
      parts.year,
      years(parts.year).map((year) => [year, `${year}年`]),
      (year) => update({ ...parts, year }),
    ),
    select(
      undefined,
      `${label}：月`,
      parts.month,
      Array.from({ length: 12 }, (_, index) => [String(index + 1), `${index + 1}月`]),
      (month) => update({ ...parts, month }),
    ),
    select(
      undefined,
      `${label}：日`,
      parts.day,
      Array.from({ length: days }, (_, index) => [String(index + 1), `${index + 1}日`]),
      (day) => update({ ...parts, day }),
    ),
    h(
      'button',
      { type: 'button', onClick: () => update({ year: '', month: '', day: '' }), disabled: !parts.year && !parts.month && !parts.day },
      '清除',
    ),
  );
}

/** The preview pane: 2023年12月28日. */
export function DatePreview({ value }: { value?: unknown }) {
  const { year, month, day } = partsOf(value);
  return h('p', null, year ? `${year}年${month}月${day}日` : '');
}
