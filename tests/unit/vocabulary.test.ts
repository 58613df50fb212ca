import { describe, expect, it } from 'vitest';
import {
  staffLabel,
  HONOR_LEVEL_SLUGS,
  HONOR_LEVELS,
  REPORT_KIND_SLUGS,
  REPORT_KINDS,
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
