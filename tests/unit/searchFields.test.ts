import { describe, expect, it } from 'vitest';
import { reportSearchFields, unitSearchFields } from '../../src/lib/searchFields';

const unit = {
  name: '和硕县公路管理分局',
  type: '机关',
  region: ['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县'],
  honors: [{ level: '县级' }, { level: '省级' }, { level: '县级' }],
};

describe('search fields', () => {
  it('files a report under its year, province and county, unit type, kind and the unit’s honor levels', () => {
    expect(reportSearchFields({ year: 2021, kind: '工作总结' }, unit)).toEqual({
      filters: {
        年份: ['2021'],
        地区: ['新疆维吾尔自治区', '和硕县'],
        单位类型: ['机关'],
        材料类型: ['工作总结'],
        荣誉级别: ['省级', '县级'],
      },
      meta: { unit: '和硕县公路管理分局', year: '2021' },
    });
  });

  it('a unit without honors has no honor filter, and a province-level unit one region', () => {
    const fields = unitSearchFields({ ...unit, region: ['山西省'], honors: [] });
    expect(fields.filters).toEqual({ 地区: ['山西省'], 单位类型: ['机关'], 材料类型: ['单位简介'] });
    expect(fields.meta).toEqual({ unit: '和硕县公路管理分局' });
  });
});
