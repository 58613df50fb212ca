/**
 * The content checks: everything the build needs of the content (encoding, YAML and
 * MDX syntax, the schemas, unit references, duplicates, file names) over every
 * entry, drafts included, and the publication rules (personal data, placeholders,
 * missing numbers…) over what would be published. `npm run lint:content`, the
 * build and the dev server all call this, so they say the same thing.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEntry } from './entry.ts';
import { collectFiles, contentFolders, strayFiles } from './files.ts';
import { checkMdxComponents } from './mdxComponents.ts';
import { checkMdxSyntax } from './mdxSyntax.ts';
import { checkMetricsFile } from './metricsFile.ts';
import { publicationOf, type Publication } from './publication.ts';
import { runRules } from './runRules.ts';
import { checkSchema, entrySchemas } from './schemaCheck.ts';
import { duplicateIds, duplicateUnitNames } from './structure/duplicates.ts';
import { fileNames } from './structure/fileNames.ts';
import { reportDates } from './structure/reportDates.ts';
import { unitReferences } from './structure/unitReferences.ts';
import type { Finding, LintEntry } from './types.ts';

export { formatFinding, formatSummary, formatPublication } from './format.ts';

export interface LintOptions {
  /** Files or folders to check; by default the site's units and reports under `root`. */
  paths?: string[];
  /** Apply the publication rules to drafts and embargoed entries too (`--all`). */
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
  /** What the site would publish, hold as drafts, and hold back until a date. */
  publication: Publication;
}

/**
 * Files read at once. All of them at once ran into the open-file limit (52,500 files
 * against this machine's 20,000: every file came back EMFILE, "unreadable").
 */
const READ_AT_ONCE = 256;

// import.meta.url rather than import.meta.dirname: Astro loads integrations through Vite, which may not set dirname.
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs every check; only what would be published meets the publication rules, unless `includeDrafts`. */
export async function lintContent(options: LintOptions = {}): Promise<LintResult> {
  const root = options.root ?? PROJECT_ROOT;
  const now = options.now ?? new Date();
  const cwd = options.cwd ?? process.cwd();
  const shown = (path: string) => relative(cwd, path) || path;
  const named = options.paths !== undefined && options.paths.length > 0;
  // The collections load .mdx and .md (src/content.config.ts); named paths may also be raw .txt reports.
  // A site may have no reports yet: a missing collection folder is empty, not an unreadable file.
  const files = named
    ? await collectFiles(options.paths ?? [])
    : await collectFiles(
        contentFolders(root).filter((folder) => existsSync(folder)),
        ['.mdx', '.md'],
        { exactCase: true },
      );

  const metricsFile = join(root, 'src/content/metrics.yaml');
  const metrics = await checkMetricsFile(metricsFile, shown(metricsFile));
  const schemas = entrySchemas(metrics.definitions);

  const read: (LintEntry | Finding)[] = [];
  for (let start = 0; start < files.length; start += READ_AT_ONCE) {
    const batch = files.slice(start, start + READ_AT_ONCE);
    read.push(...(await Promise.all(batch.map((path) => readEntry(path, shown(path))))));
  }
  const unreadable = read.filter((item): item is Finding => 'rule' in item);
  const entries = read.filter((item): item is LintEntry => !('rule' in item));

  const structural: Finding[] = [...unreadable, ...metrics.findings];
  const parsed = new Map<LintEntry, Record<string, unknown>>();
  const compiled = new Set<LintEntry>();
  for (const entry of entries) {
    const { findings, data } = checkSchema(entry, schemas);
    const syntax = checkMdxSyntax(entry);
    if (syntax.length === 0) compiled.add(entry);
    structural.push(...findings, ...syntax);
    if (data) {
      parsed.set(entry, data);
      structural.push(...reportDates(entry, data));
    }
  }
  structural.push(...duplicateIds(entries), ...duplicateUnitNames(entries), ...fileNames(entries));
  if (!named) structural.push(...unitReferences(entries, shown(contentFolders(root)[0] ?? '')), ...(await strayFiles(contentFolders(root), shown)));

  const publication = publicationOf(entries, parsed, now);
  // Only published bodies are rendered, so only they can fail on a component or an expression.
  const mdx = {
    metricIds: metrics.definitions.map((definition) => definition.id),
    publishedUnitIds: new Set(publication.published.filter((entry) => entry.kind === 'unit').map((entry) => String(entry.id))),
  };
  for (const entry of publication.published) if (compiled.has(entry)) structural.push(...checkMdxComponents(entry, mdx));
  const checked = options.includeDrafts ? entries : entries.filter((entry) => entry.kind === 'text' || publication.published.includes(entry));
  const findings = [...structural, ...runRules(checked, { now, definitions: metrics.definitions })].sort(byPlace);
  const errorCount = findings.filter((finding) => finding.severity === 'error').length;
  return { findings, errorCount, warningCount: findings.length - errorCount, fileCount: files.length + 1, publication };
}

function byPlace(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
