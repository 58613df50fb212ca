/**
 * The charts each page shows, built from the published content. Pages call these
 * and stay thin; the arithmetic is in metrics.ts and the chart shapes in metricCharts.ts.
 */
import { metricDefinition, metricDefinitions, reports, units, type Report, type Unit } from './content';
import type { MetricDefinition } from './metricDefinitions';
import {
  chartHasData,
  rankingChart,
  regionTotalsChart,
  reportComparisonCharts,
  reportCountByRegionChart,
  unitTrendCharts,
  unitTypeChart,
  yearTotalsChart,
  type ChartSpec,
} from './metricCharts';
import type { UnitFacts } from './metrics';
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

/** A report's page: each of its metrics against the unit's other years and its peers of the same type. */
export function reportCharts(report: Report, unit: Unit): ChartSpec[] {
  const peerUnitIds = units.filter((u) => u.data.type === unit.data.type && u.id !== unit.id).map((u) => u.id);
  return reportComparisonCharts(
    reports,
    { unit: { id: unit.id, name: unit.data.name, type: unit.data.type }, year: report.data.year, peerUnitIds },
    report.data.metrics.map((figure) => figure.metric),
    metricDefinitions,
  );
}
