/** The units already in the showcase, as the importer knows them: read from the unit entries' frontmatter. */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseFrontmatter, splitFrontmatter } from '../checks/frontmatter.ts';
import { resolveRegion } from '../lib/divisions/index.ts';
import type { UnitData } from '../lib/schemas.ts';

/** What the importer needs to know of a unit already in the showcase. */
export type KnownUnit = { id: string } & Pick<UnitData, 'name' | 'shortName' | 'type' | 'region'>;

/**
 * Reads the frontmatter of every unit entry (.md and .mdx) in the given folders;
 * later folders do not repeat earlier ids. A region written short ([和硕县]) is
 * completed from the division data, as the schema does.
 */
export function loadUnits(folders: string[]): KnownUnit[] {
  const units = new Map<string, KnownUnit>();
  for (const folder of folders) {
    let files: string[];
    try {
      files = readdirSync(folder).filter((file) => ['.md', '.mdx'].includes(extname(file)));
    } catch {
      continue;
    }
    for (const file of files) {
      const id = file.slice(0, -extname(file).length);
      if (units.has(id)) continue;
      // The content checks' reader: the same split and YAML rules the build applies.
      const { yaml, yamlLine } = splitFrontmatter(readFileSync(join(folder, file), 'utf8'));
      const parsed = yaml === undefined ? undefined : parseFrontmatter(yaml, yamlLine);
      if (!parsed || parsed.error) continue;
      const data = parsed.data as Partial<KnownUnit>;
      if (!data?.name) continue;
      const region = Array.isArray(data.region) ? data.region.map(String) : [];
      const resolved = region.length ? resolveRegion(region) : undefined;
      units.set(id, { id, name: data.name, shortName: data.shortName, type: data.type ?? '其他', region: resolved?.ok ? resolved.path : region });
    }
  }
  return [...units.values()];
}
