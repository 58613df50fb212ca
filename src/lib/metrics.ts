/** Figure arithmetic over reports: totals by a metric's aggregate, by year, unit type, region and unit, rankings and summaries. */
import type { MetricAggregate, MetricDefinition } from './metricDefinitions';
import { keptIn } from './collections';
import { reportsOfUnitAmong } from './reports';
import type { ReportData, ReportFigure, UnitData } from './schemas';

/** One figure a report states (its `metrics` list), as the schema reads it. */
export type Figure = Pick<ReportFigure, 'metric' | 'value' | 'note'>;

/** The fields of a report entry that figure arithmetic needs. */
export interface ReportWithFigures {
  data: Pick<ReportData, 'unit' | 'year' | 'metrics'>;
}

/** The definition of a metric id; the schema admits only defined ids, so a miss is a bug. */
export function definitionOf(definitions: readonly MetricDefinition[], id: string): MetricDefinition {
  const definition = definitions.find((d) => d.id === id);
  if (!definition) throw new Error(`Unknown metric ${id}`);
  return definition;
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

/** One category of an aggregation: a year, a unit type, a region or a unit, with its combined figure. */
export interface MetricPoint<K> {
  key: K;
  /** undefined where no report in the category gave the metric (shown as a gap, never as 0) */
  value: number | undefined;
}

/**
 * Combines a metric's figures per category, by its definition (`sum`, `mean`, `max`).
 * `keys` fixes which categories appear and in what order, so a category without
 * figures stays in the result as a gap; without `keys`, only categories with figures
 * appear, in order of first appearance.
 */
export function aggregateBy<K>(
  reports: readonly ReportWithFigures[],
  definition: MetricDefinition,
  keyOf: (report: ReportWithFigures) => K,
  keys?: readonly K[],
): MetricPoint<K>[] {
  const values = new Map<K, number[]>();
  for (const report of reports) {
    const figures = valuesOf([report], definition.id);
    if (figures.length === 0) continue;
    const key = keyOf(report);
    values.set(key, [...(values.get(key) ?? []), ...figures]);
  }
  return (keys ?? [...values.keys()]).map((key) => ({
    key,
    value: aggregate(values.get(key) ?? [], definition.aggregate),
  }));
}

/** Years that have reports, oldest first: the columns of every chart across years. */
export function reportYears(reports: readonly ReportWithFigures[]): number[] {
  return [...new Set(reports.map((r) => r.data.year))].sort((a, b) => a - b);
}

/** A metric across all units, one point per year that has reports (oldest first). */
export function totalsByYear(reports: readonly ReportWithFigures[], definition: MetricDefinition): MetricPoint<number>[] {
  return aggregateBy(reports, definition, (r) => r.data.year, reportYears(reports));
}

/** A unit's figures for one metric, one point per year the unit has reports (oldest first). */
export function unitTrend(reports: readonly ReportWithFigures[], unitId: string, definition: MetricDefinition): MetricPoint<number>[] {
  return totalsByYear(reportsOfUnitAmong(reports, unitId), definition);
}

/** Figures by unit, then by year. */
type FiguresByUnitYear = Map<string, Map<number, number[]>>;

/**
 * Every unit's figures for a metric by year, gathered in one pass over `reports` and
 * kept per list and metric: each report page's comparison chart asks for its peers'
 * years, and working each out again on every page grew with the square of the number
 * of reports (pages × peers).
 */
const figuresByUnitYear = new WeakMap<readonly ReportWithFigures[], Map<string, FiguresByUnitYear>>();

function unitYearFigures(reports: readonly ReportWithFigures[], metricId: string): FiguresByUnitYear {
  return keptIn(
    keptIn(figuresByUnitYear, reports, () => new Map()),
    metricId,
    () => {
      const figures: FiguresByUnitYear = new Map();
      // In the list's order, as filtering it gave them, so the sums are the same to the last bit.
      for (const report of reports) {
        const values = valuesOf([report], metricId);
        if (values.length === 0) continue;
        const { unit, year } = report.data;
        const byYear = keptIn(figures, unit.id, () => new Map<number, number[]>());
        byYear.set(year, [...(byYear.get(year) ?? []), ...values]);
      }
      return figures;
    },
  );
}

/** A unit's combined figure for one metric in one year; undefined when it reported none. */
export function unitYearValue(reports: readonly ReportWithFigures[], unitId: string, year: number, definition: MetricDefinition): number | undefined {
  return aggregate(unitYearFigures(reports, definition.id).get(unitId)?.get(year) ?? [], definition.aggregate);
}

/**
 * What the average peer unit reported in a year: each peer's figures for the year
 * combine first (a unit's two funding lines are one unit's funding), then the
 * per-unit figures are averaged. Peers that reported nothing do not count as 0.
 */
export function peerAverage(
  reports: readonly ReportWithFigures[],
  peerUnitIds: readonly string[],
  year: number,
  definition: MetricDefinition,
): number | undefined {
  const known = keptIn(
    keptIn(peerAverages, reports, () => new WeakMap()),
    peerUnitIds,
    () => new Map<string, number | undefined>(),
  );
  return keptIn(known, `${definition.id}\0${year}`, () => {
    const perUnit = peerUnitIds.map((unitId) => unitYearValue(reports, unitId, year, definition)).filter((value) => value !== undefined);
    return aggregate(perUnit, 'mean');
  });
}

/**
 * Peer averages already worked out, per list of reports and list of peers (by
 * identity): a unit's reports share their peers (pageCharts.ts keeps one list per
 * unit), and each of their pages asks for the same years.
 */
const peerAverages = new WeakMap<readonly ReportWithFigures[], WeakMap<readonly string[], Map<string, number | undefined>>>();

export interface UnitRank {
  unitId: string;
  /** The unit's figures over all years, combined by the metric's definition */
  value: number;
  /** 1 for the highest; equal values share a rank and the next rank is skipped (1, 2, 2, 4) */
  rank: number;
}

/** Units that reported the metric, highest first; ties keep the order of `reports`' first mention. */
export function rankUnits(reports: readonly ReportWithFigures[], definition: MetricDefinition): UnitRank[] {
  const sorted = aggregateBy(reports, definition, (r) => r.data.unit.id)
    .filter((point): point is { key: string; value: number } => point.value !== undefined)
    .sort((a, b) => b.value - a.value);
  return sorted.map((point) => ({
    unitId: point.key,
    value: point.value,
    rank: sorted.findIndex((other) => other.value === point.value) + 1,
  }));
}

/** What aggregation by unit type or region needs to know about a report's unit. */
export type UnitFacts = Pick<UnitData, 'type' | 'region'>;

/** A metric per unit type, in the order of `types` (the vocabulary's), gaps included. */
export function totalsByUnitType(
  reports: readonly ReportWithFigures[],
  definition: MetricDefinition,
  unitFacts: (unitId: string) => UnitFacts,
  types: readonly string[],
): MetricPoint<string>[] {
  return aggregateBy(reports, definition, (r) => unitFacts(r.data.unit.id).type, types);
}

/**
 * A metric per region at one level (1 = province), regions with figures only, in
 * Chinese collation order. A unit registered above that level (a provincial bureau
 * when grouping by city) counts under its own, higher region.
 */
export function totalsByRegion(
  reports: readonly ReportWithFigures[],
  definition: MetricDefinition,
  unitFacts: (unitId: string) => UnitFacts,
  depth = 1,
): MetricPoint<string>[] {
  const regionOf = (r: ReportWithFigures) => unitFacts(r.data.unit.id).region.slice(0, depth).at(-1) ?? '';
  return aggregateBy(reports, definition, regionOf).sort((a, b) => a.key.localeCompare(b.key, 'zh-CN'));
}

export interface MetricSummary {
  definition: MetricDefinition;
  /** How many figures were reported, how many reports and units gave them */
  figureCount: number;
  reportCount: number;
  unitCount: number;
  /** All figures combined by the definition; undefined when none was reported */
  total: number | undefined;
}

/** One line per metric for an overview: how much was reported and what it adds up to. */
export function summarizeMetric(reports: readonly ReportWithFigures[], definition: MetricDefinition): MetricSummary {
  const reporting = reports.filter((r) => r.data.metrics.some((f) => f.metric === definition.id));
  return {
    definition,
    figureCount: valuesOf(reports, definition.id).length,
    reportCount: reporting.length,
    unitCount: new Set(reporting.map((r) => r.data.unit.id)).size,
    total: metricTotal(reports, definition),
  };
}
