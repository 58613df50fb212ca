import { describe, expect, it } from 'vitest';
import { buildRegionIndex, childRegions, findRegion, type UnitInRegion } from '../../src/lib/regions';

const unit = (id: string, ...region: string[]): UnitInRegion => ({ id, data: { region } });

describe('buildRegionIndex', () => {
  it('indexes every level of a unit region path', () => {
    const regions = buildRegionIndex([unit('u1', '山西省', '长治市', '城区')]);
    expect(regions.map((r) => r.path)).toEqual([['山西省'], ['山西省', '长治市'], ['山西省', '长治市', '城区']]);
    expect(regions.map((r) => r.name)).toEqual(['山西省', '长治市', '城区']);
  });

  it('a region lists the units in it and in every region below it', () => {
    const regions = buildRegionIndex([
      unit('u1', '山西省', '长治市', '城区'),
      unit('u2', '山西省', '长治市'),
      unit('u3', '山西省', '太原市'),
    ]);
    expect(findRegion(regions, ['山西省'])?.unitIds).toEqual(['u1', 'u2', 'u3']);
    expect(findRegion(regions, ['山西省', '长治市'])?.unitIds).toEqual(['u1', 'u2']);
    expect(findRegion(regions, ['山西省', '长治市', '城区'])?.unitIds).toEqual(['u1']);
  });

  it('a region with a unique name gets the pinyin of its name as slug', () => {
    const regions = buildRegionIndex([unit('u1', '新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县')]);
    expect(regions.map((r) => r.slug)).toEqual([
      'xin-jiang-wei-wu-er-zi-zhi-qu',
      'ba-yin-guo-leng-meng-gu-zi-zhi-zhou',
      'he-shuo-xian',
    ]);
  });

  it('a region name shared by two cities gets distinct slugs, prefixed by its parents', () => {
    const regions = buildRegionIndex([unit('u1', '山西省', '长治市', '城区'), unit('u2', '山西省', '大同市', '城区')]);
    const changzhi = findRegion(regions, ['山西省', '长治市', '城区'])!;
    const datong = findRegion(regions, ['山西省', '大同市', '城区'])!;
    expect(changzhi.slug).toBe('shan-xi-sheng--chang-zhi-shi--cheng-qu');
    expect(datong.slug).toBe('shan-xi-sheng--da-tong-shi--cheng-qu');
    expect(changzhi.unitIds).toEqual(['u1']);
    expect(datong.unitIds).toEqual(['u2']);
  });

  it('the parents of a shared name keep their plain slugs', () => {
    const regions = buildRegionIndex([unit('u1', '山西省', '长治市', '城区'), unit('u2', '山西省', '大同市', '城区')]);
    expect(findRegion(regions, ['山西省'])!.slug).toBe('shan-xi-sheng');
    expect(findRegion(regions, ['山西省', '长治市'])!.slug).toBe('chang-zhi-shi');
  });

  it('every region gets a distinct slug across provinces sharing district names', () => {
    const regions = buildRegionIndex([
      unit('a', '江苏省', '南京市', '鼓楼区'),
      unit('b', '福建省', '福州市', '鼓楼区'),
      unit('c', '江苏省', '徐州市', '鼓楼区'),
      unit('d', '山西省', '长治市', '城区'),
    ]);
    const slugs = regions.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('a name used at two levels (北京市 the province and the city) gets distinct slugs', () => {
    const regions = buildRegionIndex([unit('u1', '北京市', '北京市', '东城区')]);
    const slugs = regions.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(3);
  });

  it('two region names that read alike in pinyin (苏州市, 宿州市) get distinct slugs', () => {
    const regions = buildRegionIndex([unit('u1', '江苏省', '苏州市'), unit('u2', '安徽省', '宿州市')]);
    const slugs = regions.filter((r) => r.path.length === 2).map((r) => r.slug);
    expect(new Set(slugs).size).toBe(2);
  });

  it('lists provinces first, then deeper levels, each level in zh-CN (pinyin) order', () => {
    const regions = buildRegionIndex([
      unit('u1', '山西省', '太原市'),
      unit('u2', '北京市'),
      unit('u3', '山西省', '大同市'),
      unit('u4', '安徽省'),
    ]);
    expect(regions.map((r) => r.name)).toEqual(['安徽省', '北京市', '山西省', '大同市', '太原市']);
  });

  it('a region two units share is indexed once', () => {
    const regions = buildRegionIndex([unit('u1', '宁夏回族自治区', '吴忠市'), unit('u2', '宁夏回族自治区', '吴忠市')]);
    expect(regions).toHaveLength(2);
    expect(findRegion(regions, ['宁夏回族自治区', '吴忠市'])?.unitIds).toEqual(['u1', 'u2']);
  });

  it('no units means no regions', () => {
    expect(buildRegionIndex([])).toEqual([]);
  });
});

describe('findRegion', () => {
  const regions = buildRegionIndex([unit('u1', '山西省', '长治市', '城区'), unit('u2', '山西省', '大同市', '城区')]);

  it('finds a region by its full path', () => {
    expect(findRegion(regions, ['山西省', '大同市', '城区'])?.unitIds).toEqual(['u2']);
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
    unit('u1', '山西省', '太原市', '城区'),
    unit('u2', '山西省', '大同市', '城区'),
    unit('u3', '北京市', '东城区'),
  ]);

  it('without a parent gives the provinces', () => {
    expect(childRegions(regions).map((r) => r.name)).toEqual(['北京市', '山西省']);
  });

  it('gives the regions one level below the parent, not deeper', () => {
    const shanxi = findRegion(regions, ['山西省'])!;
    expect(childRegions(regions, shanxi).map((r) => r.name)).toEqual(['大同市', '太原市']);
  });

  it("does not mix in another parent's children of the same name", () => {
    const taiyuan = findRegion(regions, ['山西省', '太原市'])!;
    const children = childRegions(regions, taiyuan);
    expect(children.map((r) => r.path)).toEqual([['山西省', '太原市', '城区']]);
  });

  it('a region at the bottom has no children', () => {
    const dongcheng = findRegion(regions, ['北京市', '东城区'])!;
    expect(childRegions(regions, dongcheng)).toEqual([]);
  });
});
