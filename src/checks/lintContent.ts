import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMetricDefinitions } from '../lib/metricDefinitions.ts';
import { isPublished } from '../lib/publication.ts';
import { readEntry } from './entry.ts';
import { collectFiles, contentFolders } from './files.ts';
import { runRules } from './runRules.ts';
import type { Finding, LintEntry } from './types.ts';

export { formatFinding, formatSummary } from './format.ts';
export type { Finding } from './types.ts';

export interface LintOptions {
  /** Files or folders to lint; by default the site's units and reports under `root`. */
  paths?: string[];
  /** Lint drafts and embargoed entries too (`--all`). */
  includeDrafts?: boolean;
  /** The moment publication and future years are judged against; now by default. */
  now?: Date;
  /** The project: where src/content and its metrics.yaml are. */
  root?: string;
  /** File names in findings are relative to this folder; the working directory by default. */
  cwd?: string;
}

export interface LintResult {
  /** Sorted by file, line and column. */
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fileCount: number;
}

// import.meta.url rather than import.meta.dirname: Astro loads integrations through Vite, which may not set dirname.
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Checks content for publication: personal data, template placeholders, figures
 * with a missing number, impossible years, duplicates, plus advice. Only what
 * would be published is checked, unless `includeDrafts` asks for everything.
 */
export async function lintContent(options: LintOptions = {}): Promise<LintResult> {
  const root = options.root ?? PROJECT_ROOT;
  const now = options.now ?? new Date();
  const cwd = options.cwd ?? process.cwd();
  const named = options.paths !== undefined && options.paths.length > 0;
  // The collections load .mdx and .md (src/content.config.ts); named paths may also be raw .txt reports.
  const files = named ? await collectFiles(options.paths ?? []) : await collectFiles(contentFolders(root), ['.mdx', '.md']);
  const read = await Promise.all(files.map((path) => readEntry(path, relative(cwd, path) || path)));
  const unreadable = read.filter((item): item is Finding => 'rule' in item);
  const entries = read.filter((item): item is LintEntry => !('rule' in item));
  const checked = options.includeDrafts ? entries : publishedEntries(entries, now);
  const definitions = loadMetricDefinitions(join(root, 'src/content/metrics.yaml'));
  const findings = [...unreadable, ...runRules(checked, { now, definitions })].sort(byPlace);
  const errorCount = findings.filter((finding) => finding.severity === 'error').length;
  return { findings, errorCount, warningCount: findings.length - errorCount, fileCount: files.length };
}

/**
 * The entries the site would publish: not drafts, not embargoed, and — as the site's
 * queries do — no report of a unit that is itself unpublished.
 */
export function publishedEntries(entries: LintEntry[], now: Date): LintEntry[] {
  const published = (entry: LintEntry) => isPublished({ draft: entry.data.draft === true, publishAt: dateOf(entry.data.publishAt) }, now);
  const hiddenUnits = new Set(entries.filter((entry) => entry.kind === 'unit' && !published(entry)).map((entry) => entry.unitId));
  return entries.filter((entry) => published(entry) && !(entry.kind === 'report' && hiddenUnits.has(entry.unitId)));
}

/** YAML leaves `publishAt: 2025-01-01` a string; the schema coerces it, so the linter does too. */
function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function byPlace(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
