import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slugify';

describe('slugify', () => {
  it('turns a Chinese name into hyphenated toneless pinyin', () => {
    expect(slugify('巴音郭楞蒙古自治州')).toBe('ba-yin-guo-leng-meng-gu-zi-zhi-zhou');
  });

  it('writes ü as v so the slug stays ASCII', () => {
    expect(slugify('绿色')).toBe('lv-se');
    expect(slugify('吕梁市')).toBe('lv-liang-shi');
  });

  it('reads heteronyms in context (长治 is chang, 重庆 is chong)', () => {
    expect(slugify('长治市')).toBe('chang-zhi-shi');
    expect(slugify('重庆')).toBe('chong-qing');
  });

  it('passes Latin letters and digits through, lower-cased', () => {
    expect(slugify('ABC 2023 民族团结')).toBe('abc-2023-min-zu-tuan-jie');
  });

  it('turns punctuation and spaces into single hyphens and trims them from the ends', () => {
    expect(slugify('  --民族--  ')).toBe('min-zu');
    expect(slugify('a_b')).toBe('a-b');
    expect(slugify('民族·团结！')).toBe('min-zu-tuan-jie');
  });

  it('yields only lower-case ASCII letters, digits and inner single hyphens', () => {
    for (const text of ['新疆维吾尔自治区', '宁夏回族自治区', '“石榴籽”家园', '第12批 示范区']) {
      expect(slugify(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('an empty name yields an empty slug', () => {
    expect(slugify('')).toBe('');
  });
});
