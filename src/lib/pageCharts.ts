/**
 * The charts each page shows, built from the published content. Pages call these
 * and stay thin; the arithmetic is in metrics.ts and the chart shapes in metricCharts.ts
 * and trendCharts.ts.
 */
import { metricDefinition, metricDefinitions, reports, units, type Report, type Unit } from './content';
import type { MetricDefinition } from './metricDefinitions';
import { cacheKeyOf } from './cacheKey';
import { chartHasData, type ChartSpec } from './chartSpec';
import { keptIn } from './collections';
import { rankingChart, regionTotalsChart, reportCountByRegionChart, unitTypeChart, yearTotalsChart } from './metricCharts';
import type { UnitFacts } from './metrics';
import { reportComparisonCharts, unitTrendChart, unitTrendCharts } from './trendCharts';
import { paths } from './urls';
import { UNIT_TYPES } from './vocabulary';

const unitById = new Map(units.map((unit) => [unit.id, unit]));

function unitFacts(unitId: string): UnitFacts {
  const unit = unitById.get(unitId);
  if (!unit) throw new Error(`charts: unit ${unitId} is not published`);
  return unit.data;
}

const unitName = (unitId: string) => {
  const { name, shortName } = unitById.get(unitId)?.data ?? { name: unitId };
  return shortName ?? name;
};

/** Home: funds by year, participation and coverage rates by unit type, reports by province; those with data. */
export function homeCharts(): ChartSpec[] {
  return [
    yearTotalsChart(reports, metricDefinition('funds')),
    unitTypeChart(reports, [metricDefinition('participation-rate'), metricDefinition('coverage-rate')], unitFacts, UNIT_TYPES),
    reportCountByRegionChart(reports, unitFacts),
  ].filter(chartHasData);
}

/** A metric's page: units ranked, then the metric per year and per province. */
export function metricPageCharts(definition: MetricDefinition): ChartSpec[] {
  return [
    rankingChart(reports, definition, unitName, paths.unit),
    yearTotalsChart(reports, definition),
    regionTotalsChart(reports, definition, unitFacts),
  ];
}

/** A unit's page: each metric it reported, across its years. */
export function unitCharts(unit: Unit): ChartSpec[] {
  return unitTrendCharts(reports, { id: unit.id, name: unit.data.name }, metricDefinitions);
}

/** Each unit's peers: the other units of its type, one list per unit, so peerAverage (metrics.ts) works each average out once. */
const peerIds = new Map<string, string[]>();

/** The ids of the units of each type. */
const idsByType = new Map<string, string[]>();

const unitIdsOfType = (type: string) => keptIn(idsByType, type, () => units.filter((u) => u.data.type === type).map((u) => u.id));

const peersOf = (unit: Unit) => keptIn(peerIds, unit.id, () => unitIdsOfType(unit.data.type).filter((id) => id !== unit.id));

/** Per unit type, what comparisonInputs gives. */
const typeInputs = new Map<string, string>();

/**
 * A digest of everything a report page's comparison charts (reportCharts) are drawn
 * from besides its unit's name and type and the metric definitions: the units of the
 * unit's type (its peers and itself) and the year and figures of each of their reports.
 * A page's cache key takes it instead of the charts, which are then worked out only for
 * the pages rendered (10,000 reports: 2.6 s of every build's route set-up).
 */
export const comparisonInputs = (unit: Unit) =>
  keptIn(typeInputs, unit.data.type, () => {
    const ofType = unitIdsOfType(unit.data.type);
    const inType = new Set(ofType);
    return cacheKeyOf(
      ofType,
      reports.filter((report) => inType.has(report.data.unit.id)).map(({ data }) => [data.unit.id, data.year, data.metrics]),
    );
  });

/** A report's page: each of its metrics against the unit's other years and its peers of the same type. */
export function reportCharts(report: Report, unit: Unit): ChartSpec[] {
  return reportComparisonCharts(
    reports,
    { unit: { id: unit.id, name: unit.data.name, type: unit.data.type }, year: report.data.year, peerUnitIds: peersOf(unit) },
    report.data.metrics.map((figure) => figure.metric),
    metricDefinitions,
  );
}

/**
 * What an editor's `<MetricChart metric="…" unit="…" />` in a report body means: with
 * `unit`, that unit's figures across its years; without it, all units' per year. An
 * unknown id is an error that says which ids there are.
 */
export function editorChart(metricId: string, unitId: string | undefined): ChartSpec {
  const definition = metricDefinitions.find((d) => d.id === metricId);
  if (!definition)
    throw new Error(`<MetricChart metric="${metricId}" />：没有这个指标编号。可用的编号：${metricDefinitions.map((d) => d.id).join('、')}`);
  if (unitId === undefined) return yearTotalsChart(reports, definition);
  const unit = unitById.get(unitId);
  if (!unit)
    throw new Error(`<MetricChart unit="${unitId}" />：没有这个已发布的单位。unit 填单位编号，即 src/content/units/ 下的文件名（不含 .mdx）`);
  return unitTrendChart(reports, { id: unit.id, name: unit.data.name }, definition);
}
