import { describe, expect, it } from 'vitest';
import { regionCode, resolveRegion, unitIsDivision, unitTypeOfDivision, findDivisions } from '../../../src/lib/divisions/index.ts';
import { regionSchema } from '../../../src/lib/divisions/regionSchema.ts';

const ok = (names: string[]) => {
  const result = resolveRegion(names);
  if (!result.ok) throw new Error(result.message);
  return result;
};
const failure = (names: string[]) => {
  const result = resolveRegion(names);
  if (result.ok) throw new Error(`resolved ${result.path.join('/')}`);
  return result;
};

describe('resolveRegion', () => {
  it('accepts a full official path as it is, with the code of each level', () => {
    const result = ok(['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县']);
    expect(result.path).toEqual(['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县']);
    expect(result.codes).toEqual(['650000', '652800', '652828']);
    expect(result.completed).toBe(false);
  });

  it('completes the deepest name alone to the full path', () => {
    expect(ok(['芒市']).path).toEqual(['云南省', '德宏傣族景颇族自治州', '芒市']);
    expect(ok(['金平苗族瑶族傣族自治县'])).toMatchObject({ path: ['云南省', '红河哈尼族彝族自治州', '金平苗族瑶族傣族自治县'], completed: true });
  });

  it('stores short forms in full and says which it expanded', () => {
    const result = ok(['新疆', '巴州', '和硕县']);
    expect(result.path).toEqual(['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县']);
    expect(result.expanded).toEqual([
      { written: '新疆', official: '新疆维吾尔自治区' },
      { written: '巴州', official: '巴音郭楞蒙古自治州' },
    ]);
    expect(ok(['德宏州']).path).toEqual(['云南省', '德宏傣族景颇族自治州']);
    expect(ok(['红河州']).path).toEqual(['云南省', '红河哈尼族彝族自治州']);
    expect(ok(['广西']).path).toEqual(['广西壮族自治区']);
  });

  it('fills in a level skipped between two names', () => {
    expect(ok(['新疆维吾尔自治区', '和硕县']).path).toEqual(['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县']);
  });

  it('reads townships and villages under the names above them', () => {
    expect(ok(['和硕县', '乌什塔拉乡']).path).toEqual(['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县', '乌什塔拉回族民族乡']);
    expect(ok(['翼城县', '唐兴镇', '北关社区'])).toMatchObject({ code: '141022100005', path: ['山西省', '临汾市', '翼城县', '唐兴镇', '北关社区'] });
  });

  it('a wrong name is an error naming the field, with the nearest names by characters and pinyin', () => {
    const result = failure(['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和顺县']);
    expect(result.message).toMatch(/^region 中/);
    expect(result.message).toContain('「和顺县」');
    expect(result.message).toContain('您是不是要写：和硕县（新疆维吾尔自治区 › 巴音郭楞蒙古自治州）');
    expect(failure(['巴音郭楞蒙古自治洲']).message).toContain('您是不是要写：巴音郭楞蒙古自治州');
  });

  it('a name under the wrong parent says where that name is', () => {
    const result = failure(['山西省', '和硕县']);
    expect(result.message).toContain('「和硕县」不在「山西省」之下');
    expect(result.message).toContain('[新疆维吾尔自治区, 巴音郭楞蒙古自治州, 和硕县]');
  });

  it.each([['朝阳区'], ['城区'], ['鼓楼区']])('an ambiguous name (%s) is an error listing the candidates with their parents', (name) => {
    const result = failure([name]);
    expect(result.message).toContain(`「${name}」有多个同名地区`);
    expect(result.candidates.length).toBeGreaterThan(1);
    expect(result.message).toMatch(/（[^）]+›?[^）]*）、/);
    expect(result.message).toContain('请写上上级地区');
  });

  it('an ambiguous name is settled by the level written above it', () => {
    expect(ok(['北京市', '朝阳区']).code).toBe('110105');
    expect(ok(['吉林省', '朝阳区']).code).toBe('220104');
    expect(ok(['阳泉市', '城区']).path).toEqual(['山西省', '阳泉市', '城区']);
  });

  it('an empty region is an error', () => {
    expect(failure([]).message).toContain('region 不能为空');
  });
});

describe('regionCode', () => {
  it('gives the code of a validated path, and nothing for a path the data set does not know', () => {
    expect(regionCode(['宁夏回族自治区', '吴忠市', '红寺堡区'])).toBe('640303');
    expect(regionCode(['待定地区'])).toBeUndefined();
  });
});

describe('regionSchema', () => {
  it('turns what the editor wrote into the full official path', () => {
    expect(regionSchema.parse(['芒市'])).toEqual(['云南省', '德宏傣族景颇族自治州', '芒市']);
  });

  it('fails with the Chinese message of the resolution', () => {
    const result = regionSchema.safeParse(['鼓楼区']);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toContain('「鼓楼区」有多个同名地区');
  });

  it('fails on a missing region with how to write one', () => {
    const result = regionSchema.safeParse(undefined);
    expect(result.error!.issues[0].message).toMatch(/^必填，但没有填写 — 写成从省级写起的地区列表/);
  });
});

describe('unit types from divisions', () => {
  const division = (name: string) => findDivisions(name).divisions[0];

  it('a prefecture is a 市, a county a 县, a township a 乡镇', () => {
    expect(unitTypeOfDivision(division('阳泉市'))).toBe('市');
    expect(unitTypeOfDivision(division('和硕县'))).toBe('县');
    expect(unitTypeOfDivision(division('特吾里克镇'))).toBe('乡镇');
    expect(unitTypeOfDivision(division('山西省'))).toBeUndefined();
  });

  it('a unit named after its division, with or without the names above it, is that division', () => {
    expect(unitIsDivision('阳泉市', division('阳泉市'))).toBe(true);
    expect(unitIsDivision('和硕县特吾里克镇', division('特吾里克镇'))).toBe(true);
    expect(unitIsDivision('巴州和硕县', division('和硕县'))).toBe(true);
    expect(unitIsDivision('和硕县人力资源和社会保障局', division('和硕县'))).toBe(false);
  });
});
