import type { MetricAggregate, MetricDefinition } from './metricDefinitions';

export interface Figure {
  metric: string;
  value: number;
  note?: string;
}

/** The fields of a report entry that figure arithmetic needs. */
export interface ReportWithFigures {
  data: { unit: { id: string }; year: number; metrics: Figure[] };
}

/** Combines figures the way the metric's definition says; undefined when there are none. */
export function aggregate(values: readonly number[], how: MetricAggregate): number | undefined {
  if (values.length === 0) return undefined;
  switch (how) {
    case 'sum':
      return values.reduce((total, value) => total + value, 0);
    case 'mean':
      return values.reduce((total, value) => total + value, 0) / values.length;
    case 'max':
      return Math.max(...values);
  }
}

export function valuesOf(reports: readonly ReportWithFigures[], metricId: string): number[] {
  return reports.flatMap((r) => r.data.metrics.filter((f) => f.metric === metricId).map((f) => f.value));
}

export function metricTotal(reports: readonly ReportWithFigures[], definition: MetricDefinition): number | undefined {
  return aggregate(valuesOf(reports, definition.id), definition.aggregate);
}

export interface MetricYearRow {
  definition: MetricDefinition;
  /** One value per year of `years`, undefined where nothing was reported */
  values: (number | undefined)[];
}

/**
 * A unit's figures as a table: one row per metric it reported, one column per year
 * (oldest first). Figures of the same metric within a year combine by its definition.
 */
export function metricsByYear(
  reports: readonly ReportWithFigures[],
  definitions: readonly MetricDefinition[],
): { years: number[]; rows: MetricYearRow[] } {
  const years = [...new Set(reports.map((r) => r.data.year))].sort((a, b) => a - b);
  const rows = definitions
    .map((definition) => ({
      definition,
      values: years.map((year) =>
        metricTotal(
          reports.filter((r) => r.data.year === year),
          definition,
        ),
      ),
    }))
    .filter((row) => row.values.some((value) => value !== undefined));
  return { years, rows };
}
