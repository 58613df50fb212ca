import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from '../../src/lib/regions';
import { filterKeys, hasHonorLevel, honorFacets, honorLevelBySlug, typeFacets, unitTypeBySlug, type FilterableUnit } from '../../src/lib/unitFacets';
import type { HonorLevel, UnitType } from '../../src/lib/vocabulary';

const unit = (id: string, type: UnitType, region: string[], ...levels: HonorLevel[]): FilterableUnit => ({
  id,
  data: { type, region, honors: levels.map((level) => ({ level })) },
});

const units = [
  unit('school-1', '学校', ['宁夏回族自治区', '吴忠市'], '国家级', '省级'),
  unit('village-1', '村', ['宁夏回族自治区', '吴忠市', '利通区'], '省级'),
  unit('school-2', '学校', ['山西省', '太原市']),
  unit('city-1', '市', ['宁夏回族自治区', '吴忠市'], '国家级', '国家级'),
];

describe('typeFacets', () => {
  it('lists only types in use, in the vocabulary order, with counts and slugs', () => {
    expect(typeFacets(units)).toEqual([
      { label: '市', slug: 'city', count: 1 },
      { label: '村', slug: 'village', count: 1 },
      { label: '学校', slug: 'school', count: 2 },
    ]);
  });

  it('no units means no type facets', () => {
    expect(typeFacets([])).toEqual([]);
  });
});

describe('honorFacets', () => {
  it('lists levels some unit holds, highest first, counting units not honors', () => {
    expect(honorFacets(units)).toEqual([
      { label: '国家级', slug: 'national', count: 2 },
      { label: '省级', slug: 'provincial', count: 2 },
    ]);
  });

  it('units without honors yield no honor facets', () => {
    expect(honorFacets([unit('u', '村', ['山西省'])])).toEqual([]);
  });
});

describe('hasHonorLevel', () => {
  it('is true when any of the unit honors is of that level', () => {
    expect(hasHonorLevel(units[0], '省级')).toBe(true);
    expect(hasHonorLevel(units[0], '国家级')).toBe(true);
  });

  it('is false for a level the unit does not hold, or without honors', () => {
    expect(hasHonorLevel(units[0], '县级')).toBe(false);
    expect(hasHonorLevel(units[2], '国家级')).toBe(false);
  });
});

describe('filterKeys', () => {
  const regions = buildRegionIndex(units.map((u) => ({ id: u.id, data: { region: u.data.region } })));

  it('gives the type slug, every region slug the unit lies in, and its honor slugs', () => {
    expect(filterKeys(units[1], regions)).toEqual({
      type: 'village',
      regions: ['ning-xia-hui-zu-zi-zhi-qu-640000', 'wu-zhong-shi-640300', 'li-tong-qu-640302'],
      honors: ['provincial'],
    });
  });

  it('does not include regions below the unit', () => {
    expect(filterKeys(units[0], regions).regions).toEqual(['ning-xia-hui-zu-zi-zhi-qu-640000', 'wu-zhong-shi-640300']);
  });

  it('lists an honor level once however many honors of it the unit holds', () => {
    expect(filterKeys(units[3], regions).honors).toEqual(['national']);
  });

  it('a unit without honors has no honor keys', () => {
    expect(filterKeys(units[2], regions)).toEqual({ type: 'school', regions: ['shan-xi-sheng-140000', 'tai-yuan-shi-140100'], honors: [] });
  });
});

describe('unitTypeBySlug / honorLevelBySlug', () => {
  it('maps a type slug back to its type', () => {
    expect(unitTypeBySlug('religious-site')).toBe('宗教活动场所');
    expect(unitTypeBySlug('school')).toBe('学校');
  });

  it('maps an honor slug back to its level', () => {
    expect(honorLevelBySlug('national')).toBe('国家级');
    expect(honorLevelBySlug('prefectural')).toBe('地市级');
  });

  it('the county slug is a unit type for types and a level for honors', () => {
    expect(unitTypeBySlug('county')).toBe('县');
    expect(honorLevelBySlug('county')).toBe('县级');
  });

  it('an unknown slug yields undefined', () => {
    expect(unitTypeBySlug('castle')).toBeUndefined();
    expect(honorLevelBySlug('galactic')).toBeUndefined();
    expect(unitTypeBySlug('')).toBeUndefined();
  });

  it('a Chinese label is not a slug', () => {
    expect(unitTypeBySlug('学校')).toBeUndefined();
    expect(honorLevelBySlug('国家级')).toBeUndefined();
  });
});
