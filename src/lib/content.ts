/**
 * The one place that reads the content collections. It drops drafts and embargoed
 * entries, so every page imports published content from here and never filters
 * on its own. The content checks (integrations/contentChecks.ts) have run before
 * any collection loads, so every report's unit exists.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { cacheKeyOf, drawsOthersFigures } from './cacheKey';
import type { MetricDefinition } from './metricDefinitions';
import { isPublished } from './publication';
import { definitionOf } from './metrics';
import { buildRegionIndex } from './regions';
import { sortNewestFirst } from './reports';

export type Unit = CollectionEntry<'units'>;
export type Report = CollectionEntry<'reports'>;

/** Embargoes are judged at build time: rebuild to publish an entry whose time has come. */
export const buildTime = new Date();

const allUnits = await getCollection('units');
const allReports = await getCollection('reports');

export const units: Unit[] = allUnits
  .filter((unit) => isPublished(unit.data, buildTime))
  .sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));

const publishedUnitIds = new Set(units.map((unit) => unit.id));

export const reports: Report[] = sortNewestFirst(
  allReports.filter((report) => isPublished(report.data, buildTime) && publishedUnitIds.has(report.data.unit.id)),
);

export const metricDefinitions: MetricDefinition[] = (await getCollection('metrics')).map((entry) => entry.data);

export const regions = buildRegionIndex(units);

/** Changes whenever any published entry does: for the cache keys of pages whose bodies draw other entries' figures. */
export const publishedDigest = cacheKeyOf(
  units.map((unit) => unit.digest),
  reports.map((report) => report.digest),
);

/**
 * Whether an entry's body draws other entries' figures (drawsOthersFigures). Entries
 * keep no body in Astro's store (retainBody, src/content.config.ts), so an MDX file
 * is read; one that cannot be read counts as drawing them, which only costs a render.
 */
export function drawsFigures(entry: Report | Unit): boolean {
  if (!entry.filePath?.endsWith('.mdx')) return false;
  try {
    return drawsOthersFigures(readFileSync(entry.filePath, 'utf8'));
  } catch {
    return true;
  }
}

export function unitOf(report: Report): Unit {
  const unit = units.find((u) => u.id === report.data.unit.id);
  if (!unit) throw new Error(`${report.filePath}: unit ${report.data.unit.id} is not published`);
  return unit;
}

/** Reports paired with their units, as report lists show them. */
export function withUnits(list: readonly Report[]): { report: Report; unit: Unit }[] {
  return list.map((report) => ({ report, unit: unitOf(report) }));
}

/** What a list of reports with their units (withUnits) is made of, for a cache key (cacheKey.ts). */
export const listedDigests = (list: readonly Report[]) => withUnits(list).map(({ report, unit }) => [report.digest, unit.digest]);

export function metricDefinition(id: string): MetricDefinition {
  return definitionOf(metricDefinitions, id);
}
