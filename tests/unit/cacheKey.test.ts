import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../src/lib/cacheKey';

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
