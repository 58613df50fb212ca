import { describe, expect, it } from 'vitest';
import type { MetricDefinition } from '../../src/lib/metricDefinitions';
import { checkMetricValue } from '../../src/lib/metricValues';

const rate: MetricDefinition = {
  id: 'participation-rate',
  label: '参学率',
  unit: '%',
  kind: 'rate',
  aggregate: 'mean',
  description: '',
};
const amount: MetricDefinition = { id: 'funds', label: '投入资金', unit: '万元', kind: 'amount', aggregate: 'sum', description: '' };
const count: MetricDefinition = { id: 'events', label: '开展活动', unit: '次', kind: 'count', aggregate: 'sum', description: '' };

describe('checkMetricValue: rates', () => {
  it('accepts 0', () => {
    expect(checkMetricValue(rate, 0)).toBeUndefined();
  });

  it('accepts 100', () => {
    expect(checkMetricValue(rate, 100)).toBeUndefined();
  });

  it('accepts a decimal percentage such as 98.5', () => {
    expect(checkMetricValue(rate, 98.5)).toBeUndefined();
  });

  it('rejects 100.5 as above 100', () => {
    const message = checkMetricValue(rate, 100.5);
    expect(message).toContain('0 到 100');
    expect(message).toContain('100.5');
  });

  it('rejects -1 as below 0', () => {
    expect(checkMetricValue(rate, -1)).toContain('0 到 100');
  });

  it('tells the editor to write the percentage itself, not a fraction', () => {
    expect(checkMetricValue(rate, 9850)).toContain('请填写百分数本身（如 98.5）');
  });
});

describe('checkMetricValue: amounts', () => {
  it('accepts 0 and positive 万元 with decimals', () => {
    expect(checkMetricValue(amount, 0)).toBeUndefined();
    expect(checkMetricValue(amount, 3.2)).toBeUndefined();
    expect(checkMetricValue(amount, 65500)).toBeUndefined();
  });

  it('rejects a negative amount', () => {
    const message = checkMetricValue(amount, -5);
    expect(message).toContain('不能为负数');
    expect(message).toContain('-5');
  });
});

describe('checkMetricValue: counts', () => {
  it('accepts 0 and whole numbers', () => {
    expect(checkMetricValue(count, 0)).toBeUndefined();
    expect(checkMetricValue(count, 1200)).toBeUndefined();
  });

  it('rejects a non-integer count, naming its unit', () => {
    const message = checkMetricValue(count, 2.5);
    expect(message).toContain('非负整数');
    expect(message).toContain('（次）');
    expect(message).toContain('2.5');
  });

  it('rejects a negative count', () => {
    expect(checkMetricValue(count, -3)).toContain('非负整数');
  });
});

describe('checkMetricValue: any kind', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('rejects %s as not a finite number, for every kind', (_name, value) => {
    for (const definition of [rate, amount, count]) {
      expect(checkMetricValue(definition, value)).toContain('必须是有限数字');
    }
  });

  it('names the metric by label and id', () => {
    expect(checkMetricValue(rate, 101)).toMatch(/^参学率（participation-rate）/);
    expect(checkMetricValue(amount, -1)).toMatch(/^投入资金（funds）/);
    expect(checkMetricValue(count, 1.5)).toMatch(/^开展活动（events）/);
  });
});
