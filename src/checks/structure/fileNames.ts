/**
 * A report's file name starts with its year (`2023-work-summary.mdx`), so the year in
 * the name and in `year:` must agree: one of them is a typo, and the address carries
 * the name. The kind part and non-ASCII names only earn advice.
 */
import { REPORT_KIND_SLUGS, type ReportKind } from '../../lib/vocabulary.ts';
import type { Finding, LintEntry } from '../types.ts';

export function fileNames(entries: readonly LintEntry[]): Finding[] {
  return entries.flatMap((entry): Finding[] => {
    if (entry.id === undefined || entry.kind === 'text') return [];
    const name = entry.id.split('/').pop() ?? '';
    const findings: Finding[] = [];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
      findings.push({
        file: entry.file,
        field: '文件名',
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'file-name',
        message: `文件名「${name}」里有汉字、空格或大写字母，会出现在网址里`,
        hint: '文件名用小写英文或拼音，词之间用连字符 -，如 hoxud-highway-branch.mdx',
      });
    }
    if (entry.kind !== 'report') return findings;
    const nameYear = /^(\d{4})-/.exec(name)?.[1];
    const year = entry.data.year;
    const at = entry.fieldPositions.get('year') ?? { line: 2, column: 1 };
    if (nameYear && typeof year === 'number' && Number(nameYear) !== year) {
      findings.push({
        file: entry.file,
        field: 'year',
        ...at,
        severity: 'error',
        rule: 'file-name',
        message: `文件名是 ${nameYear} 年，year 却是 ${year}`,
        hint: '核对材料的年份，改正 year 或文件名中的一个，使两者一致',
      });
    }
    const kindSlug = REPORT_KIND_SLUGS[entry.data.kind as ReportKind];
    if (nameYear && kindSlug && name !== `${nameYear}-${kindSlug}` && !name.startsWith(`${nameYear}-${kindSlug}-`)) {
      findings.push({
        file: entry.file,
        field: 'kind',
        ...(entry.fieldPositions.get('kind') ?? at),
        severity: 'warning',
        rule: 'file-name',
        message: `kind 是「${String(entry.data.kind)}」，文件名却不是 ${nameYear}-${kindSlug}`,
        hint: `把文件改名为 ${nameYear}-${kindSlug}.mdx（同年同类有两份时加后缀，如 ${nameYear}-${kindSlug}-2.mdx），或改正 kind`,
      });
    }
    return findings;
  });
}
