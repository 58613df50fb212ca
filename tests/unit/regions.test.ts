import { describe, expect, it } from 'vitest';
import { buildRegionIndex, childRegions, findRegion, type UnitInRegion } from '../../src/lib/regions';

const unit = (id: string, ...region: string[]): UnitInRegion => ({ id, data: { region } });

describe('buildRegionIndex', () => {
  it('indexes every level of a unit region path with its division code', () => {
    const regions = buildRegionIndex([unit('u1', '山西省', '长治市', '潞州区')]);
    expect(regions.map((r) => r.path)).toEqual([['山西省'], ['山西省', '长治市'], ['山西省', '长治市', '潞州区']]);
    expect(regions.map((r) => r.code)).toEqual(['140000', '140400', '140403']);
  });

  it('a region lists the units in it and in every region below it', () => {
    const regions = buildRegionIndex([unit('u1', '山西省', '长治市', '潞州区'), unit('u2', '山西省', '长治市'), unit('u3', '山西省', '太原市')]);
    expect(findRegion(regions, ['山西省'])?.unitIds).toEqual(['u1', 'u2', 'u3']);
    expect(findRegion(regions, ['山西省', '长治市'])?.unitIds).toEqual(['u1', 'u2']);
    expect(findRegion(regions, ['山西省', '长治市', '潞州区'])?.unitIds).toEqual(['u1']);
  });

  it('a slug is the pinyin of the name and the division code', () => {
    const regions = buildRegionIndex([unit('u1', '新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县')]);
    expect(regions.map((r) => r.slug)).toEqual([
      'xin-jiang-wei-wu-er-zi-zhi-qu-650000',
      'ba-yin-guo-leng-meng-gu-zi-zhi-zhou-652800',
      'he-shuo-xian-652828',
    ]);
  });

  it('a slug does not change when regions sharing its name are added', () => {
    const alone = buildRegionIndex([unit('u1', '山西省', '阳泉市', '城区')]);
    const shared = buildRegionIndex([
      unit('u1', '山西省', '阳泉市', '城区'),
      unit('u2', '山西省', '晋城市', '城区'),
      unit('u3', '广东省', '汕尾市', '城区'),
    ]);
    const slugOf = (regions: typeof alone) => findRegion(regions, ['山西省', '阳泉市', '城区'])!.slug;
    expect(slugOf(shared)).toBe(slugOf(alone));
    expect(findRegion(shared, ['山西省', '晋城市', '城区'])!.slug).not.toBe(slugOf(alone));
  });

  it('every region gets a distinct slug across provinces sharing district names and pinyin', () => {
    const regions = buildRegionIndex([
      unit('a', '江苏省', '南京市', '鼓楼区'),
      unit('b', '福建省', '福州市', '鼓楼区'),
      unit('c', '江苏省', '苏州市'),
      unit('d', '安徽省', '宿州市'),
    ]);
    const slugs = regions.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('lists provinces first, then deeper levels, each level in code order', () => {
    const regions = buildRegionIndex([
      unit('u1', '山西省', '太原市'),
      unit('u2', '新疆维吾尔自治区'),
      unit('u3', '山西省', '大同市'),
      unit('u4', '北京市'),
    ]);
    expect(regions.map((r) => r.name)).toEqual(['北京市', '山西省', '新疆维吾尔自治区', '太原市', '大同市']);
  });

  it('a region two units share is indexed once', () => {
    const regions = buildRegionIndex([unit('u1', '宁夏回族自治区', '吴忠市'), unit('u2', '宁夏回族自治区', '吴忠市')]);
    expect(regions).toHaveLength(2);
    expect(findRegion(regions, ['宁夏回族自治区', '吴忠市'])?.unitIds).toEqual(['u1', 'u2']);
  });

  it('a path the schema has not checked still gets a page, under a pinyin slug', () => {
    const regions = buildRegionIndex([unit('u1', '山西省', '长治市', '城区')]);
    expect(findRegion(regions, ['山西省', '长治市', '城区'])!.slug).toBe('shan-xi-sheng-chang-zhi-shi-cheng-qu');
  });

  it('no units means no regions', () => {
    expect(buildRegionIndex([])).toEqual([]);
  });
});

describe('findRegion', () => {
  const regions = buildRegionIndex([unit('u1', '山西省', '阳泉市', '城区'), unit('u2', '山西省', '晋城市', '城区')]);

  it('finds a region by its full path', () => {
    expect(findRegion(regions, ['山西省', '晋城市', '城区'])?.unitIds).toEqual(['u2']);
  });

  it('a name alone does not find a region below the top level', () => {
    expect(findRegion(regions, ['城区'])).toBeUndefined();
  });

  it('an unknown path yields undefined', () => {
    expect(findRegion(regions, ['河北省'])).toBeUndefined();
  });
});

describe('childRegions', () => {
  const regions = buildRegionIndex([
    unit('u1', '山西省', '阳泉市', '城区'),
    unit('u2', '山西省', '太原市', '小店区'),
    unit('u3', '北京市', '东城区'),
  ]);

  it('without a parent gives the provinces in code order', () => {
    expect(childRegions(regions).map((r) => r.name)).toEqual(['北京市', '山西省']);
  });

  it('gives the regions one level below the parent in code order, not deeper', () => {
    const shanxi = findRegion(regions, ['山西省'])!;
    expect(childRegions(regions, shanxi).map((r) => r.name)).toEqual(['太原市', '阳泉市']);
  });

  it('a region at the bottom has no children', () => {
    const dongcheng = findRegion(regions, ['北京市', '东城区'])!;
    expect(childRegions(regions, dongcheng)).toEqual([]);
  });
});
