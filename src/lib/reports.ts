/** Ordering and grouping of reports: newest first, by unit, by year, by tag. */
import { groupBy, keptIn, unique } from './collections';
import type { ReportData } from './schemas';
import { slugify } from './slugify';

/** The fields of a report entry that ordering and grouping need. */
export interface ReportLike {
  id: string;
  data: Pick<ReportData, 'unit' | 'title' | 'year' | 'date' | 'tags'>;
}

/** Newest first: by year, then by date (dated before undated), then by title. */
export function compareNewestFirst(a: ReportLike, b: ReportLike): number {
  return (
    b.data.year - a.data.year || (b.data.date?.getTime() ?? 0) - (a.data.date?.getTime() ?? 0) || a.data.title.localeCompare(b.data.title, 'zh-CN')
  );
}

export function sortNewestFirst<T extends ReportLike>(reports: readonly T[]): T[] {
  return [...reports].sort(compareNewestFirst);
}

/**
 * Reports grouped by unit, built once per array of reports. Every report page looks
 * up its unit's reports, and every comparison chart each peer unit's; filtering all
 * reports each time made large builds quadratic to cubic (10,000 reports: about one
 * page a second). Keyed by the array itself, which the site never changes once loaded.
 */
const reportsByUnit = new WeakMap<readonly object[], Map<string, object[]>>();

/** The unit's reports among `reports`, in their order. */
export function reportsOfUnitAmong<T extends { data: { unit: { id: string } } }>(reports: readonly T[], unitId: string): T[] {
  const groups = keptIn(reportsByUnit, reports, () => groupBy<object, string>(reports, (report) => (report as T).data.unit.id));
  return (groups.get(unitId) ?? []) as T[];
}

/** The unit's reports around this one, in time order: previous is older, next is newer. */
export function adjacentInUnit<T extends ReportLike>(reports: readonly T[], report: T): { previous?: T; next?: T } {
  const timeline = sortNewestFirst(reportsOfUnitAmong(reports, report.data.unit.id)).reverse();
  const index = timeline.findIndex((r) => r.id === report.id);
  return { previous: timeline[index - 1], next: timeline[index + 1] };
}

export function reportsOfUnit<T extends ReportLike>(reports: readonly T[], unitId: string): T[] {
  return sortNewestFirst(reportsOfUnitAmong(reports, unitId));
}

/** Years that have reports, newest first. */
export function yearsOf(reports: readonly ReportLike[]): number[] {
  return unique(reports.map((r) => r.data.year)).sort((a, b) => b - a);
}

export function reportsByYear<T extends ReportLike>(reports: readonly T[]): Map<number, T[]> {
  return groupBy(sortNewestFirst(reports), (r) => r.data.year);
}

export interface Tag {
  name: string;
  slug: string;
  count: number;
}

/** Every tag in use with its URL slug and how many reports carry it, most used first. */
export function tagsOf(reports: readonly ReportLike[]): Tag[] {
  const counts = groupBy(
    reports.flatMap((r) => unique(r.data.tags)),
    (tag) => tag,
  );
  return [...counts]
    .map(([name, uses]) => ({ name, slug: slugify(name), count: uses.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

export function reportsWithTag<T extends ReportLike>(reports: readonly T[], tag: string): T[] {
  return sortNewestFirst(reports.filter((r) => r.data.tags.includes(tag)));
}
