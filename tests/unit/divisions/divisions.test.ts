import { describe, expect, it } from 'vitest';
import {
  childDivisions,
  divisionByCode,
  divisionPath,
  divisionsAtLevel,
  findDivisions,
  isWithin,
  placePart,
  shortFormsOf,
  villagePlaceName,
} from '../../../src/lib/divisions/index.ts';

const names = (divisions: { name: string }[]) => divisions.map((d) => d.name);

describe('division data set', () => {
  it('holds the 31 provinces in code order, with GB/T 2260 six-digit codes and twelve-digit statistics codes', () => {
    const provinces = childDivisions();
    expect(provinces).toHaveLength(31);
    expect(provinces[0]).toMatchObject({ code: '110000', statsCode: '110000000000', name: '北京市', level: 1 });
    expect(provinces.at(-1)!.name).toBe('新疆维吾尔自治区');
    expect(provinces.map((p) => p.code)).toEqual(provinces.map((p) => p.code).sort());
  });

  it('finds a division by code at every level, townships and villages included', () => {
    expect(divisionByCode('652828')?.name).toBe('和硕县');
    expect(divisionByCode('652828100')?.name).toBe('特吾里克镇');
    expect(divisionByCode('141022100005')).toMatchObject({ name: '北关社区', officialName: '北关社区居民委员会', level: 5 });
    expect(divisionByCode('999999')).toBeUndefined();
  });

  it('gives the path from the province down, skipping the placeholders 市辖区 and 省直辖县级行政区划', () => {
    expect(names(divisionPath(divisionByCode('652828')!))).toEqual(['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县']);
    expect(names(divisionPath(divisionByCode('110105')!))).toEqual(['北京市', '朝阳区']);
    expect(names(divisionPath(divisionByCode('429004')!))).toEqual(['湖北省', '仙桃市']);
  });

  it('hangs the towns of a city without counties (东莞市) from the city itself', () => {
    const dongguan = findDivisions('东莞市').divisions;
    expect(dongguan).toHaveLength(1);
    const towns = childDivisions(dongguan[0].code);
    expect(towns.length).toBeGreaterThan(20);
    expect(towns.every((town) => town.level === 4)).toBe(true);
    expect(names(divisionPath(findDivisions('虎门镇', { within: [dongguan[0].code] }).divisions[0]))).toEqual(['广东省', '东莞市', '虎门镇']);
  });

  it('lists the children of a division in code order', () => {
    const counties = childDivisions('652800');
    expect(counties.map((c) => c.code)).toEqual(counties.map((c) => c.code).sort());
    expect(names(counties)).toContain('和硕县');
    expect(divisionsAtLevel(2, '650000').every((d) => d.code.startsWith('65'))).toBe(true);
  });

  it('knows whether a division lies under another', () => {
    const hoxud = divisionByCode('652828')!;
    expect(isWithin(hoxud, '650000')).toBe(true);
    expect(isWithin(hoxud, '652800')).toBe(true);
    expect(isWithin(hoxud, '140000')).toBe(false);
  });
});

describe('findDivisions', () => {
  it('finds an official name at any level, and every division sharing it', () => {
    expect(findDivisions('芒市').divisions.map((d) => d.code)).toEqual(['533103']);
    expect(findDivisions('鼓楼区').divisions.length).toBeGreaterThan(2);
    expect(findDivisions('特吾里克镇').divisions.map((d) => d.code)).toEqual(['652828100']);
  });

  it('falls back to short forms only when no official name matches', () => {
    expect(findDivisions('德宏州')).toMatchObject({ shortForm: true, divisions: [expect.objectContaining({ name: '德宏傣族景颇族自治州' })] });
    expect(findDivisions('新疆').divisions.map((d) => d.name)).toEqual(['新疆维吾尔自治区']);
    expect(findDivisions('和硕县').shortForm).toBe(false);
  });

  it('narrows a shared name to the divisions under the given ones', () => {
    const { divisions } = findDivisions('城区', { within: ['140300'] });
    expect(names(divisions.flatMap((d) => divisionPath(d)))).toEqual(['山西省', '阳泉市', '城区']);
  });

  it('keeps to provinces, prefectures and counties with maxLevel 3', () => {
    expect(findDivisions('特吾里克镇', { maxLevel: 3 }).divisions).toEqual([]);
  });
});

describe('short forms, derived from the official names', () => {
  const shortOf = (name: string) => shortFormsOf(findDivisions(name).divisions[0]);

  it('a province or autonomous region loses its suffix and nationalities', () => {
    expect(shortOf('新疆维吾尔自治区')).toEqual(['新疆']);
    expect(shortOf('广西壮族自治区')).toEqual(['广西']);
    expect(shortOf('内蒙古自治区')).toEqual(['内蒙古']);
    expect(shortOf('山西省')).toEqual(['山西']);
  });

  it('an autonomous prefecture is <place>州, and a long transliterated place its first character + 州', () => {
    expect(shortOf('德宏傣族景颇族自治州')).toEqual(['德宏州']);
    expect(shortOf('红河哈尼族彝族自治州')).toEqual(['红河州']);
    expect(shortOf('巴音郭楞蒙古自治州')).toEqual(['巴音郭楞州', '巴州']);
  });

  it('an autonomous county is <place>县; a county, banner or city may drop its suffix if two characters remain', () => {
    expect(shortOf('金平苗族瑶族傣族自治县')).toEqual(['金平县']);
    expect(shortOf('和硕县')).toEqual(['和硕']);
    expect(shortOf('芒市')).toEqual([]);
  });

  it('cuts nationalities off autonomous names, but never leaves less than two characters', () => {
    expect(placePart('互助土族')).toBe('互助');
    expect(placePart('石柱土家族')).toBe('石柱');
    expect(placePart('内蒙古')).toBe('内蒙古');
  });

  it('an ethnic township is also <place>乡', () => {
    expect(shortOf('乌什塔拉回族民族乡')).toContain('乌什塔拉乡');
  });

  it('a village committee is named by the place it serves', () => {
    expect(villagePlaceName('南高村委会')).toBe('南高村');
    expect(villagePlaceName('多福巷社区居委会')).toBe('多福巷社区');
    expect(villagePlaceName('北关社区居民委员会')).toBe('北关社区');
    expect(villagePlaceName('敦达乌苏嘎查')).toBe('敦达乌苏嘎查');
  });
});
