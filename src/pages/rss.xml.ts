/** `/rss.xml`: the published reports as an RSS feed, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { reports, unitOf } from '../lib/content';
import site from '../site.config';
import { paths } from '../lib/urls';

export function GET(context: APIContext) {
  return rss({
    title: site.name,
    description: site.description,
    site: new URL(import.meta.env.BASE_URL, context.site),
    customData: '<language>zh-cn</language>',
    items: reports.map((report) => ({
      title: report.data.title,
      description: report.data.summary,
      link: paths.report(report.id),
      pubDate: report.data.date ?? new Date(Date.UTC(report.data.year, 11, 31)),
      categories: [report.data.kind, unitOf(report).data.name, ...report.data.tags],
    })),
  });
}
