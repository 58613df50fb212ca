/**
 * The content checks: everything the build needs of the content (encoding, YAML and
 * MDX syntax, the schemas, unit references, duplicates, file names) over every
 * entry, drafts included, and the publication rules (personal data, placeholders,
 * missing numbers…) over what would be published. `npm run lint:content`, the
 * build and the dev server all call this, so they say the same thing.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitMessage } from '../lib/schemaErrors.ts';
import type { MetricDefinition } from '../lib/metricDefinitions.ts';
import { readEntry } from './entry.ts';
import { collectFiles, contentFolders, strayFiles } from './files.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { checkMdxComponents } from './mdxComponents.ts';
import { checkMdxSyntax } from './mdxSyntax.ts';
import { publicationOf, type Publication } from './publication.ts';
import { runRules } from './runRules.ts';
import { checkMetricDefinition, checkSchema, entrySchemas, fieldLabel, positionOf } from './schemaCheck.ts';
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

  const read = await Promise.all(files.map((path) => readEntry(path, shown(path))));
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

/** metrics.yaml: readable, a list, each definition valid, no id twice. The valid definitions are what reports may use. */
async function checkMetricsFile(path: string, file: string): Promise<{ definitions: MetricDefinition[]; findings: Finding[] }> {
  const fail = (line: number, column: number, message: string, hint: string, field?: string): Finding => ({
    file,
    field,
    line,
    column,
    severity: 'error',
    rule: 'schema',
    message,
    hint,
  });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { definitions: [], findings: [fail(1, 1, '找不到指标定义文件', '从项目仓库恢复 src/content/metrics.yaml')] };
  }
  const parsed = parseFrontmatter(text, 1);
  if (parsed.error)
    return {
      definitions: [],
      findings: [{ ...fail(parsed.error.line, parsed.error.column, parsed.error.message, parsed.error.hint, '指标定义'), rule: 'yaml' }],
    };
  if (!Array.isArray(parsed.value)) return { definitions: [], findings: [fail(1, 1, '指标定义应为列表', '每个指标以「- id: …」开头')] };
  const findings: Finding[] = [];
  const definitions: MetricDefinition[] = [];
  const seen = new Set<string>();
  parsed.value.forEach((item: unknown, index) => {
    const issues = checkMetricDefinition(item);
    for (const issue of issues) {
      const { line, column } = positionOf(parsed, [index, ...issue.path]);
      const { message, hint } = splitMessage(issue.message);
      findings.push(fail(line, column, message, hint, `第${index + 1}个指标 ${fieldLabel(issue.path)}`.trim()));
    }
    if (issues.length > 0) return;
    const definition = item as MetricDefinition;
    if (seen.has(definition.id))
      findings.push(fail(positionOf(parsed, [index, 'id']).line, 1, `指标编号 ${definition.id} 重复`, '每个指标的 id 只能出现一次', 'id'));
    seen.add(definition.id);
    definitions.push(definition);
  });
  return { definitions, findings };
}

function byPlace(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
