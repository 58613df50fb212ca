import { describe, expect, it } from 'vitest';
import { groupBy, keptIn, unique } from '../../src/lib/collections';

describe('groupBy', () => {
  it('groups items by key, keeping item order within a group', () => {
    const groups = groupBy([1, 2, 3, 4, 5, 6], (n) => (n % 2 === 0 ? 'even' : 'odd'));
    expect(groups.get('odd')).toEqual([1, 3, 5]);
    expect(groups.get('even')).toEqual([2, 4, 6]);
  });

  it('keys appear in order of first appearance', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups.keys()]).toEqual(['b', 'a', 'c']);
  });

  it('an empty list yields an empty map', () => {
    expect(groupBy([], (x) => x).size).toBe(0);
  });

  it('keeps non-string keys distinct (2023 the number, not "2023")', () => {
    const groups = groupBy([{ year: 2023 }, { year: 2022 }, { year: 2023 }], (r) => r.year);
    expect(groups.get(2023)).toHaveLength(2);
    expect(groups.get(2022)).toHaveLength(1);
  });

  it('does not modify its input', () => {
    const items = [3, 1, 2];
    groupBy(items, (n) => n > 1);
    expect(items).toEqual([3, 1, 2]);
  });
});

describe('unique', () => {
  it('keeps the first occurrence of each value, in order', () => {
    expect(unique(['民族', '团结', '民族', '进步', '团结'])).toEqual(['民族', '团结', '进步']);
  });

  it('accepts any iterable', () => {
    expect(unique(new Set([3, 1, 3]).values())).toEqual([3, 1]);
    expect(unique('abca')).toEqual(['a', 'b', 'c']);
  });

  it('an empty input yields an empty list', () => {
    expect(unique([])).toEqual([]);
  });
});

describe('keptIn', () => {
  it('makes a value the first time a key is asked for and keeps it, undefined included', () => {
    const kept = new Map<string, number | undefined>();
    let made = 0;
    const make = (value: number | undefined) => () => (made++, value);
    expect(keptIn(kept, 'a', make(1))).toBe(1);
    expect(keptIn(kept, 'a', make(2))).toBe(1);
    expect(keptIn(kept, 'b', make(undefined))).toBeUndefined();
    expect(keptIn(kept, 'b', make(3))).toBeUndefined();
    expect(made).toBe(2);
  });

  it('keeps values in a WeakMap by the key object', () => {
    const kept = new WeakMap<object, string[]>();
    const key = {};
    expect(keptIn(kept, key, () => ['x'])).toBe(keptIn(kept, key, () => ['y']));
  });
});
