/**
 * Charts across units: a metric per year, per unit type and per province, the number
 * of reports per province, and units ranked on a metric. Each is a ChartSpec
 * (chartSpec.ts) built from the published reports' figures (metrics.ts).
 */
import { AGGREGATE_WORDS, continuousYears, formatOf, metricBars, seriesValues, yearLabel, type ChartSpec, type ValueFormat } from './chartSpec';
import type { MetricDefinition } from './metricDefinitions';
import { rankUnits, totalsByRegion, totalsByUnitType, totalsByYear, type ReportWithFigures, type UnitFacts } from './metrics';

const REPORT_COUNT_FORMAT: ValueFormat = { kind: 'count', unit: '份' };

/** A metric summed (or averaged) over all units, per year. */
export function yearTotalsChart(reports: readonly ReportWithFigures[], definition: MetricDefinition): ChartSpec {
  return metricBars(definition, continuousYears(totalsByYear(reports, definition)), yearLabel, {
    fileName: `${definition.id}-by-year`,
    caption: `各年度${definition.label}（全部单位${AGGREGATE_WORDS[definition.aggregate]}）`,
    categoryLabel: '年份',
    timeline: true,
  });
}

/**
 * Metrics of the same kind side by side per unit type (participation and coverage
 * rates, say). Types where none of them was reported are left out.
 */
export function unitTypeChart(
  reports: readonly ReportWithFigures[],
  definitions: readonly MetricDefinition[],
  unitFacts: (unitId: string) => UnitFacts,
  types: readonly string[],
): ChartSpec {
  const perMetric = definitions.map((definition) => totalsByUnitType(reports, definition, unitFacts, types));
  const kept = types.filter((_, index) => perMetric.some((points) => points[index].value !== undefined));
  const labels = definitions.map((definition) => definition.label).join('与');
  return {
    fileName: `${definitions.map((definition) => definition.id).join('-')}-by-unit-type`,
    caption: `各类单位的${labels}（${AGGREGATE_WORDS[definitions[0].aggregate]}）`,
    categoryLabel: '单位类型',
    categories: kept,
    series: definitions.map((definition, index) => ({
      label: definition.label,
      values: seriesValues(perMetric[index].filter((point) => kept.includes(point.key))),
      style: 'bar',
    })),
    format: formatOf(definitions[0]),
    indexAxis: 'x',
  };
}

/** A metric per province (or another region level). */
export function regionTotalsChart(
  reports: readonly ReportWithFigures[],
  definition: MetricDefinition,
  unitFacts: (unitId: string) => UnitFacts,
): ChartSpec {
  return metricBars(definition, totalsByRegion(reports, definition, unitFacts), (region) => region, {
    fileName: `${definition.id}-by-region`,
    caption: `各省（区）${definition.label}（${AGGREGATE_WORDS[definition.aggregate]}）`,
    categoryLabel: '地区',
  });
}

/** How many reports each province published. */
export function reportCountByRegionChart(reports: readonly ReportWithFigures[], unitFacts: (unitId: string) => UnitFacts): ChartSpec {
  const counts = new Map<string, number>();
  for (const report of reports) {
    const province = unitFacts(report.data.unit.id).region[0] ?? '';
    counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  const provinces = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return {
    fileName: 'reports-by-region',
    caption: '各省（区）公开材料数',
    categoryLabel: '地区',
    categories: provinces,
    series: [{ label: '公开材料', values: provinces.map((province) => counts.get(province) ?? 0), style: 'bar' }],
    format: REPORT_COUNT_FORMAT,
    indexAxis: 'x',
  };
}

/** Units on one metric over all their years, highest first, as horizontal bars. */
export function rankingChart(
  reports: readonly ReportWithFigures[],
  definition: MetricDefinition,
  unitName: (unitId: string) => string,
  unitHref: (unitId: string) => string,
): ChartSpec {
  const ranks = rankUnits(reports, definition);
  const basis = { sum: '历年累计', mean: '历年平均', max: '历年最高' }[definition.aggregate];
  return {
    fileName: `${definition.id}-ranking`,
    caption: `各单位${definition.label}排名（${basis}）`,
    categoryLabel: '名次与单位',
    categories: ranks.map((entry) => `${entry.rank}. ${unitName(entry.unitId)}`),
    categoryLinks: ranks.map((entry) => unitHref(entry.unitId)),
    series: [{ label: definition.label, values: ranks.map((entry) => entry.value), style: 'bar' }],
    format: formatOf(definition),
    indexAxis: 'y',
  };
}
