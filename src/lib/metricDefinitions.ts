/**
 * The metric definitions file, src/content/metrics.yaml, read and judged in one place:
 * a list, each definition valid by `metricSchema`, no id twice. The content config
 * loads the metrics collection and builds the report schema through it, the content
 * checks turn its issues into messages placed on their lines (src/checks/metricsFile.ts),
 * and the desk offers its ids. Only the valid definitions are ever used, so a report
 * is judged against the same metrics everywhere.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FIX_SEPARATOR } from './schemaErrors.ts';
import { metricSchema, type MetricDefinition } from './schemas.ts';

export type { MetricDefinition };
export type { MetricAggregate, MetricKind } from './vocabulary.ts';

/** What is wrong with the file; `message` reads `what is wrong — how to fix it`. */
export type MetricsFileIssue =
  | { kind: 'not-a-list'; message: string }
  /** A field of the definition at `index` (from 0) breaks the schema; `path` is the field's, within it. */
  | { kind: 'invalid'; index: number; path: PropertyKey[]; message: string }
  /** The definition at `index` repeats an earlier id; the earlier one is kept. */
  | { kind: 'duplicate'; index: number; id: string; message: string };

/** The valid definitions of a parsed metrics file, in its order, and the issues of the rest. */
export function judgeMetricDefinitions(list: unknown): { definitions: MetricDefinition[]; issues: MetricsFileIssue[] } {
  if (!Array.isArray(list))
    return { definitions: [], issues: [{ kind: 'not-a-list', message: `指标定义应为列表${FIX_SEPARATOR}每个指标以「- id: …」开头` }] };
  const definitions: MetricDefinition[] = [];
  const issues: MetricsFileIssue[] = [];
  list.forEach((item: unknown, index) => {
    const result = metricSchema.safeParse(item);
    if (!result.success) {
      issues.push(...result.error.issues.map((issue) => ({ kind: 'invalid' as const, index, path: issue.path, message: issue.message })));
      return;
    }
    const { id } = result.data;
    if (definitions.some((definition) => definition.id === id))
      issues.push({ kind: 'duplicate', index, id, message: `指标编号 ${id} 重复${FIX_SEPARATOR}每个指标的 id 只能出现一次` });
    else definitions.push(result.data);
  });
  return { definitions, issues };
}

/**
 * The valid definitions in a metrics file's text. Throws only when the text is no list
 * of definitions at all; what is wrong with single definitions is the content checks' to say.
 */
export function parseMetricDefinitions(text: string): MetricDefinition[] {
  const { definitions, issues } = judgeMetricDefinitions(parse(text));
  const notAList = issues.find((issue) => issue.kind === 'not-a-list');
  if (notAList) throw new Error(notAList.message);
  return definitions;
}

/** The last text read from each metrics file and its definitions. */
const lastRead = new Map<string, { text: string; definitions: MetricDefinition[] }>();

/**
 * Reads the definitions synchronously: the content config needs them while it builds
 * the report schema, before any collection has loaded, and does so for every report.
 * While the file's text is unchanged the same definitions (the same array) come back,
 * unparsed again; an edited file is read afresh.
 */
export function loadMetricDefinitions(path: string): MetricDefinition[] {
  try {
    const text = readFileSync(path, 'utf8');
    const last = lastRead.get(path);
    if (last?.text === text) return last.definitions;
    const definitions = parseMetricDefinitions(text);
    lastRead.set(path, { text, definitions });
    return definitions;
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
