import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/lib/divisions/index.ts';

const UNITS_DIR = resolve(import.meta.dirname, '../../../src/content/units');

const sampleUnits = readdirSync(UNITS_DIR)
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => {
    const frontmatter = readFileSync(join(UNITS_DIR, file), 'utf8').split(/^---$/m)[1];
    return { file, data: parse(frontmatter) as { region: string[] } };
  });

describe('the sample showcase', () => {
  it('has units to check', () => {
    expect(sampleUnits.length).toBeGreaterThan(5);
  });

  it.each(sampleUnits.map((unit) => [unit.file, unit.data.region] as const))(
    '%s: its region is a real division, written in full from the province down, with a code',
    (_file, region) => {
      const resolution = resolveRegion(region);
      if (!resolution.ok) throw new Error(resolution.message);
      expect(resolution.path).toEqual(region);
      expect(resolution.code).toMatch(/^\d{6}(\d{3}|\d{6})?$/);
    },
  );
});
