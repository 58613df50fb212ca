/**
 * The open-data exports: every published report as JSON, and every reported figure
 * as one CSV row. Callers pass published entries only (from content.ts), so drafts
 * and embargoed reports cannot leak into the files.
 */
import { toCsv } from './csv';
import { regionCode } from './divisions/index.ts';
import type { MetricDefinition } from './metricDefinitions';
import type { ReportData, UnitData } from './schemas';

/** The fields of a unit the exports publish. */
export interface ExportUnit {
  id: string;
  data: Pick<UnitData, 'name' | 'type' | 'region'>;
}

/** The fields of a report the exports publish. */
export interface ExportReport {
  id: string;
  data: Pick<ReportData, 'unit' | 'title' | 'year' | 'kind' | 'date' | 'summary' | 'tags' | 'metrics'>;
}

export interface OpenDataSource {
  reports: readonly ExportReport[];
  units: readonly ExportUnit[];
  definitions: readonly MetricDefinition[];
  /** The report's page, absolute, so the file is useful once downloaded */
  reportUrl: (reportId: string) => string;
  /** The division code of a unit's region; the division data set's by default */
  regionCodeOf?: (region: readonly string[]) => string | undefined;
}

function unitLookup(units: readonly ExportUnit[]) {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return (unitId: string) => {
    const unit = byId.get(unitId);
    if (!unit) throw new Error(`open data: report names unit ${unitId}, which is not published`);
    return unit;
  };
}

/** reports.json: the metric definitions, then each report with its unit and figures. */
export function reportsJson({ reports, units, definitions, reportUrl, regionCodeOf = regionCode }: OpenDataSource) {
  const unitOf = unitLookup(units);
  return {
    metrics: definitions.map(({ id, label, unit, kind, aggregate, description }) => ({
      id,
      label,
      unit,
      kind,
      aggregate,
      description,
    })),
    reports: reports.map((report) => {
      const unit = unitOf(report.data.unit.id);
      const { title, year, kind, date, summary, tags, metrics } = report.data;
      return {
        id: report.id,
        url: reportUrl(report.id),
        title,
        unit: {
          id: unit.id,
          name: unit.data.name,
          type: unit.data.type,
          region: unit.data.region,
          regionCode: regionCodeOf(unit.data.region) ?? null,
        },
        year,
        kind,
        date: date?.toISOString().slice(0, 10),
        summary,
        tags,
        metrics: metrics.map(({ metric, value, note }) => ({ metric, value, note })),
      };
    }),
  };
}

export const METRICS_CSV_HEADER = [
  '单位编号',
  '单位',
  '地区',
  '地区代码',
  '单位类型',
  '年份',
  '材料编号',
  '材料',
  '材料类型',
  '指标编号',
  '指标',
  '数值',
  '计量单位',
] as const;

/**
 * metrics.csv: one row per reported figure. Values stay as reported (money in 万元)
 * so a spreadsheet can add them up; the region path is joined with “/”, and its
 * division code (GB/T 2260) follows so the rows join other statistics.
 */
export function metricsCsv({ reports, units, definitions, regionCodeOf = regionCode }: Omit<OpenDataSource, 'reportUrl'>): string {
  const unitOf = unitLookup(units);
  const definitionOf = new Map(definitions.map((definition) => [definition.id, definition]));
  const rows = reports.flatMap((report) => {
    const unit = unitOf(report.data.unit.id);
    return report.data.metrics.map((figure) => {
      const definition = definitionOf.get(figure.metric);
      return [
        unit.id,
        unit.data.name,
        unit.data.region.join('/'),
        regionCodeOf(unit.data.region) ?? '',
        unit.data.type,
        report.data.year,
        report.id,
        report.data.title,
        report.data.kind,
        figure.metric,
        definition?.label ?? figure.metric,
        figure.value,
        definition?.unit ?? '',
      ];
    });
  });
  return toCsv([[...METRICS_CSV_HEADER], ...rows]);
}
