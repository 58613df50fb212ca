import { describe, expect, it } from 'vitest';
import {
  staffLabel,
  HONOR_LEVEL_SLUGS,
  HONOR_LEVELS,
  REPORT_KIND_SLUGS,
  REPORT_KINDS,
  UNIT_TYPE_ALIASES,
  UNIT_TYPE_SCOPES,
  UNIT_TYPE_SLUGS,
  UNIT_TYPES,
} from '../../src/lib/vocabulary';

const vocabularies = [
  ['unit types', UNIT_TYPES, UNIT_TYPE_SLUGS],
  ['honor levels', HONOR_LEVELS, HONOR_LEVEL_SLUGS],
  ['report kinds', REPORT_KINDS, REPORT_KIND_SLUGS],
] as const;

describe.each(vocabularies)('%s', (_name, terms, slugs) => {
  it('every term has a slug, and every slug belongs to a term', () => {
    expect(Object.keys(slugs).sort()).toEqual([...terms].sort());
  });

  it('slugs are lower-case ASCII words joined by hyphens', () => {
    for (const slug of Object.values(slugs)) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('slugs are distinct', () => {
    const values = Object.values(slugs);
    expect(new Set(values).size).toBe(values.length);
  });

  it('terms are distinct', () => {
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('vocabulary order', () => {
  it('honor levels run from highest to lowest', () => {
    expect(HONOR_LEVELS).toEqual(['国家级', '省级', '地市级', '县级']);
  });

  it('unit types end with the catch-all 其他', () => {
    expect(UNIT_TYPES.at(-1)).toBe('其他');
  });

  it('unit types follow the naming categories, 部队 included, each with what it covers', () => {
    expect(UNIT_TYPES).toContain('部队');
    expect(Object.keys(UNIT_TYPE_SCOPES).sort()).toEqual([...UNIT_TYPES].sort());
  });

  it('the words the naming lists use inside a category (州, 旗, 街道, 嘎查) stand for a unit type, and no alias is a type itself', () => {
    expect([UNIT_TYPE_ALIASES['州'], UNIT_TYPE_ALIASES['旗'], UNIT_TYPE_ALIASES['街道'], UNIT_TYPE_ALIASES['嘎查']]).toEqual([
      '市',
      '县',
      '乡镇',
      '村',
    ]);
    for (const [alias, type] of Object.entries(UNIT_TYPE_ALIASES)) {
      expect(UNIT_TYPES).toContain(type);
      expect(UNIT_TYPES as readonly string[]).not.toContain(alias);
    }
  });

  it('report kind slugs match the documented file names (2023-work-summary.mdx)', () => {
    expect(REPORT_KIND_SLUGS['工作总结']).toBe('work-summary');
  });
});

describe('staffLabel', () => {
  it("names a school's staff 教职工 and a body's 干部职工", () => {
    expect(staffLabel('学校')).toBe('教职工');
    expect(staffLabel('机关')).toBe('干部职工');
  });
});
