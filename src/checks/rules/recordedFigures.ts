/** A report's `metrics` in the units its text writes figures in, shared by the rules that compare text and metrics. */
import type { MetricDefinition } from '../../lib/metricDefinitions.ts';
import type { LintEntry } from '../types.ts';

/** The `metrics` of a report as (unit, value) pairs, so text figures can be looked up by what they count. */
export function recordedFiguresOf(entry: LintEntry, definitions: MetricDefinition[]): { unit: string; value: number }[] {
  const metrics = Array.isArray(entry.data.metrics) ? (entry.data.metrics as unknown[]) : [];
  return metrics.flatMap((item) => {
    const { metric, value } = (item ?? {}) as { metric?: unknown; value?: unknown };
    const definition = definitions.find((candidate) => candidate.id === metric);
    return definition && typeof value === 'number' ? [{ unit: definition.unit, value }] : [];
  });
}
