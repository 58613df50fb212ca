import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The sample content's frontmatter, read straight from src/content/ so the e2e tests
 * compare what the built site shows with what editors wrote, not with the site's own code.
 */

interface FrontmatterFigure {
  metric: string;
  value: number;
}

export interface PublishedReport {
  /** e.g. hoxud-highway-branch/2021-work-summary */
  id: string;
  unit: string;
  year: number;
  metrics: FrontmatterFigure[];
}

export interface MetricDefinitionEntry {
  id: string;
  label: string;
  unit: string;
  aggregate: 'sum' | 'mean' | 'max';
}

const frontmatterOf = (file: string) => parse(readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---\n/)![1]) as Record<string, unknown>;

const isPublished = (data: Record<string, unknown>) =>
  data.draft !== true && (data.publishAt === undefined || new Date(String(data.publishAt)) <= new Date());

/** Entries are .mdx, or .md when they need no component (src/content.config.ts). */
const entryFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));

export function publishedReports(): PublishedReport[] {
  const publishedUnits = new Set(
    entryFiles('src/content/units')
      .filter((file) => isPublished(frontmatterOf(join('src/content/units', file))))
      .map((file) => file.replace(/\.mdx?$/, '')),
  );
  return entryFiles('src/content/reports')
    .map((file) => ({ id: file.replace(/\.mdx?$/, ''), data: frontmatterOf(join('src/content/reports', file)) }))
    .filter(({ data }) => isPublished(data) && publishedUnits.has(String(data.unit)))
    .map(({ id, data }) => ({
      id,
      unit: String(data.unit),
      year: Number(data.year),
      metrics: ((data.metrics ?? []) as FrontmatterFigure[]).map(({ metric, value }) => ({ metric, value })),
    }));
}

export function metricDefinitions(): MetricDefinitionEntry[] {
  return parse(readFileSync('src/content/metrics.yaml', 'utf8')) as MetricDefinitionEntry[];
}

/** A metric's figures combined the way its definition says, straight from the numbers. */
export function combine(values: number[], how: MetricDefinitionEntry['aggregate']): number | undefined {
  if (values.length === 0) return undefined;
  if (how === 'sum') return values.reduce((a, b) => a + b, 0);
  if (how === 'mean') return values.reduce((a, b) => a + b, 0) / values.length;
  return Math.max(...values);
}
