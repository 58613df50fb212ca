/** `/data/reports.json`: every published report with its figures and the metric definitions (open data). */
import type { APIContext } from 'astro';
import { metricDefinitions, reports, units } from '../../lib/content';
import { reportsJson } from '../../lib/openData';
import { paths } from '../../lib/urls';

export function GET(context: APIContext) {
  const body = reportsJson({
    reports,
    units,
    definitions: metricDefinitions,
    reportUrl: (reportId) => new URL(paths.report(reportId), context.site).href,
  });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
