/** Numbers, money, figures and dates as a Chinese reader expects them. */
import type { MetricDefinition } from './metricDefinitions';

const WAN_PER_YI = 10_000;

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Money is stored in 万元; from one 亿元 up it reads better in 亿元 (65500 → 6.55亿元). */
export function formatMoney(wan: number): string {
  // Decide on the figure as shown (two decimals), so 9999.995 reads 1亿元, not 10,000万元.
  const shown = Math.round(wan * 100) / 100;
  if (Math.abs(shown) >= WAN_PER_YI) return `${formatNumber(shown / WAN_PER_YI)}亿元`;
  return `${formatNumber(wan)}万元`;
}

/** A figure as a reader sees it: 3.2万元, 98.5%, 1,200人次. */
export function formatMetricValue(value: number, definition: Pick<MetricDefinition, 'kind' | 'unit'>): string {
  switch (definition.kind) {
    case 'amount':
      return formatMoney(value);
    case 'rate':
      return `${formatNumber(value)}%`;
    case 'count':
      return `${formatNumber(value)}${definition.unit}`;
  }
}

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
