/** `/data/metrics.csv`: every published figure as one CSV row (open data). */
import { metricDefinitions, reports, units } from '../../lib/content';
import { metricsCsv } from '../../lib/openData';

export function GET() {
  const body = metricsCsv({ reports, units, definitions: metricDefinitions });
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
