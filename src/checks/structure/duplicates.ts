/**
 * Two files that become one entry, or two units under one name. Astro keeps only
 * one of two files with the same id (`x.md` and `x.mdx`, or `X.mdx` and `x.mdx`)
 * and says so in English; two ids for one unit split its reports and figures.
 */
import type { Finding, LintEntry } from '../types.ts';

const KIND_NAMES = { unit: '单位', report: '材料', text: '文件' } as const;

export function duplicateIds(entries: readonly LintEntry[]): Finding[] {
  return groupsOf(
    entries.filter((entry) => entry.id !== undefined),
    (entry) => `${entry.kind}:${entry.id}`,
  ).flatMap((group) =>
    group.map((entry) => ({
      file: entry.file,
      field: '文件',
      line: 1,
      column: 1,
      severity: 'error' as const,
      rule: 'duplicate-id' as const,
      message: `与 ${others(group, entry)} 是同一个${KIND_NAMES[entry.kind]}编号「${entry.id}」，网站只会用其中一个`,
      hint: '删去多余的文件（.md 和 .mdx 只留一个），或给其中一个改名',
    })),
  );
}

export function duplicateUnitNames(entries: readonly LintEntry[]): Finding[] {
  const units = entries.filter((entry) => entry.kind === 'unit' && typeof entry.data.name === 'string');
  return groupsOf(units, (entry) => String(entry.data.name).replace(/\s+/g, '')).flatMap((group) =>
    group.map((entry) => ({
      file: entry.file,
      field: 'name',
      ...(entry.fieldPositions.get('name') ?? { line: 1, column: 1 }),
      severity: 'error' as const,
      rule: 'duplicate-unit-name' as const,
      message: `单位名称「${String(entry.data.name)}」与 ${others(group, entry)} 相同：同一单位有两个编号`,
      hint: '只保留一个单位文件，把另一个单位的材料移到保留的单位文件夹下，并改它们的 unit 字段',
    })),
  );
}

function groupsOf(entries: readonly LintEntry[], key: (entry: LintEntry) => string): LintEntry[][] {
  const groups = new Map<string, LintEntry[]>();
  for (const entry of entries) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry]);
  return [...groups.values()].filter((group) => group.length > 1);
}

const others = (group: readonly LintEntry[], entry: LintEntry) =>
  group
    .filter((other) => other !== entry)
    .map((other) => other.file)
    .join('、');
