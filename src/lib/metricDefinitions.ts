import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { MetricDefinition } from './schemas';

export type { MetricDefinition };
export type { MetricAggregate, MetricKind } from './vocabulary';

/**
 * Reads the metric definitions synchronously. The content config needs them while
 * it builds the report schema, before any collection has loaded.
 */
export function loadMetricDefinitions(path: string): MetricDefinition[] {
  const definitions = parse(readFileSync(path, 'utf8')) as MetricDefinition[];
  if (!Array.isArray(definitions) || definitions.some((d) => typeof d?.id !== 'string')) {
    throw new Error(`${path}: 应为指标列表，每项都要有 id、label、unit、kind、aggregate、description`);
  }
  return definitions;
}
