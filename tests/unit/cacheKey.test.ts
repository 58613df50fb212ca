import { describe, expect, it } from 'vitest';
import { cacheKeyOf, drawsOthersFigures } from '../../src/lib/cacheKey';

describe('cacheKeyOf', () => {
  it('gives the same key for the same data', () => {
    expect(cacheKeyOf('a1', { year: 2023, values: [1, null] })).toBe(cacheKeyOf('a1', { year: 2023, values: [1, null] }));
  });

  it('changes the key when any part of the data changes', () => {
    const key = cacheKeyOf('a1', { year: 2023, values: [1, null] });
    expect(cacheKeyOf('a2', { year: 2023, values: [1, null] })).not.toBe(key);
    expect(cacheKeyOf('a1', { year: 2023, values: [2, null] })).not.toBe(key);
    expect(cacheKeyOf('a1', undefined)).not.toBe(cacheKeyOf('a1', 'b1'));
  });
});

describe('drawsOthersFigures', () => {
  it('tells a body with an editor’s chart from one without', () => {
    expect(drawsOthersFigures('正文。\n\n<MetricChart metric="funds" />\n')).toBe(true);
    expect(drawsOthersFigures('<MetricChart\n  metric="funds"\n  unit="a"\n/>')).toBe(true);
    expect(drawsOthersFigures('正文提到 MetricChart 组件，但没有用它。<MetricCharts />')).toBe(false);
  });
});
