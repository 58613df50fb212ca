import { describe, expect, it } from 'vitest';
import { compareHonors, honorStatus, honorValidUntil, type Honor } from '../../src/lib/honors';

const honor = (overrides: Partial<Honor>): Honor => ({
  title: '全国民族团结进步示范单位',
  level: '国家级',
  year: 2019,
  ...overrides,
});

describe('honorValidUntil', () => {
  it('a national title holds five years by default (2019 → 2024)', () => {
    expect(honorValidUntil(honor({ level: '国家级', year: 2019 }))).toBe(2024);
  });

  it('an explicit validUntil wins over the national default', () => {
    expect(honorValidUntil(honor({ level: '国家级', year: 2019, validUntil: 2022 }))).toBe(2022);
  });

  it('a provincial title without validUntil has an unknown end', () => {
    expect(honorValidUntil(honor({ level: '省级', year: 2019 }))).toBeUndefined();
  });

  it('prefectural and county titles without validUntil have an unknown end', () => {
    expect(honorValidUntil(honor({ level: '地市级', year: 2020 }))).toBeUndefined();
    expect(honorValidUntil(honor({ level: '县级', year: 2020 }))).toBeUndefined();
  });

  it('a provincial title with validUntil ends then', () => {
    expect(honorValidUntil(honor({ level: '省级', year: 2018, validUntil: 2021 }))).toBe(2021);
  });
});

describe('honorStatus', () => {
  it('a national title is valid within its default five-year term', () => {
    expect(honorStatus(honor({ level: '国家级', year: 2019 }), 2021)).toEqual({ term: '2019—2024年', valid: true });
  });

  it('a national title is still valid in the last year of its term', () => {
    expect(honorStatus(honor({ level: '国家级', year: 2019 }), 2024).valid).toBe(true);
  });

  it('a national title has lapsed (已期满) the year after its term ends', () => {
    expect(honorStatus(honor({ level: '国家级', year: 2019 }), 2025)).toEqual({ term: '2019—2024年', valid: false });
  });

  it('an explicit validUntil in the past means 已期满 (valid false)', () => {
    expect(honorStatus(honor({ level: '省级', year: 2015, validUntil: 2020 }), 2024)).toEqual({
      term: '2015—2020年',
      valid: false,
    });
  });

  it('an explicit validUntil in the future means valid', () => {
    expect(honorStatus(honor({ level: '省级', year: 2022, validUntil: 2027 }), 2024)).toEqual({
      term: '2022—2027年',
      valid: true,
    });
  });

  it('a provincial title without validUntil is of unknown validity, shown as 年起', () => {
    expect(honorStatus(honor({ level: '省级', year: 2019 }), 2024)).toEqual({ term: '2019年起', valid: undefined });
  });
});

describe('compareHonors', () => {
  it('puts higher levels first: 国家级, 省级, 地市级, 县级', () => {
    const honors = [
      honor({ level: '县级', year: 2023 }),
      honor({ level: '国家级', year: 2015 }),
      honor({ level: '地市级', year: 2022 }),
      honor({ level: '省级', year: 2021 }),
    ];
    expect([...honors].sort(compareHonors).map((h) => h.level)).toEqual(['国家级', '省级', '地市级', '县级']);
  });

  it('within a level puts the newer title first', () => {
    const honors = [honor({ level: '省级', year: 2017 }), honor({ level: '省级', year: 2022 }), honor({ level: '省级', year: 2019 })];
    expect([...honors].sort(compareHonors).map((h) => h.year)).toEqual([2022, 2019, 2017]);
  });

  it('level outranks year: an old national title precedes a new provincial one', () => {
    expect(compareHonors(honor({ level: '国家级', year: 2010 }), honor({ level: '省级', year: 2023 }))).toBeLessThan(0);
  });

  it('two honors of the same level and year compare equal', () => {
    expect(compareHonors(honor({ year: 2020 }), honor({ year: 2020, title: '另一个称号' }))).toBe(0);
  });
});
