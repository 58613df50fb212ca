/**
 * How findings read, the same in the lint's output, the build's log and the dev
 * server's error page: `【错误】文件:行 字段 — what is wrong — how to fix it`.
 */
import { isoDay } from '../lib/calendarDate.ts';
import type { Publication } from './publication.ts';
import type { Finding } from './types.ts';

const SEVERITY_LABELS = { error: '【错误】', warning: '【提示】' } as const;

/** One line per finding, starting with `file:line` so editors' editors and grep can jump to it. */
export function formatFinding(finding: Finding): string {
  const { file, line, field, severity, rule, message, hint } = finding;
  // The rule id closes the line: it is what an `allow:` list names.
  return `${SEVERITY_LABELS[severity]}${file}:${line} ${field ?? '正文'} — ${message}${hint ? ` — ${hint}` : ''}〔${rule}〕`;
}

/** The verdict: how many of each, and whether publishing is blocked. */
export function formatSummary(errorCount: number, warningCount: number, fileCount: number): string {
  const verdict = errorCount > 0 ? '有错误，改正后才能发布' : '可以发布';
  return `检查了 ${fileCount} 个文件：${errorCount} 个错误，${warningCount} 个提示。${verdict}。`;
}

/**
 * `发布 N 篇；草稿 D 篇；禁发期内 E 篇（最早 YYYY-MM-DD 解禁）`, counting reports, so
 * nothing is missing from the site without a word; `verbose` lists the files.
 */
export function formatPublication(publication: Publication, verbose = false): string {
  const reports = <T extends { kind: string }>(entries: T[]) => entries.filter((entry) => entry.kind === 'report');
  const published = reports(publication.published);
  const drafts = reports(publication.drafts);
  const embargoed = publication.embargoed.filter(({ entry }) => entry.kind === 'report');
  const earliest = embargoed[0] ? `（最早 ${isoDay(embargoed[0].until)} 解禁）` : '';
  const units = publication.published.length - published.length;
  const hiddenUnits = publication.drafts.length - drafts.length + publication.embargoed.length - embargoed.length;
  const lines = [
    `发布 ${published.length} 篇；草稿 ${drafts.length} 篇；禁发期内 ${embargoed.length} 篇${earliest}。单位 ${units} 个${hiddenUnits ? `，另有 ${hiddenUnits} 个未发布` : ''}。`,
  ];
  if (verbose) {
    for (const entry of publication.drafts) lines.push(`  草稿：${entry.file}`);
    for (const { entry, until } of publication.embargoed) lines.push(`  禁发至 ${isoDay(until)}：${entry.file}`);
  }
  return lines.join('\n');
}
