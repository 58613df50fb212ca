import { expect, test } from '@playwright/test';
import { SUBPATH_URL } from '../../playwright.config';
import { publishedReports } from './publishedContent';

const BOM = [0xef, 0xbb, 0xbf];

test('metrics.csv starts with a UTF-8 BOM and has one row per published figure', async ({ request }) => {
  const response = await request.get('./data/metrics.csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/text\/csv/);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual(BOM);

  const [header, ...rows] = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(header).toBe('单位编号,单位,地区,地区代码,单位类型,年份,材料编号,材料,材料类型,指标编号,指标,数值,计量单位');
  const figures = publishedReports().flatMap((report) => report.metrics.map((figure) => ({ report, figure })));
  expect(rows).toHaveLength(figures.length);
  // Every figure appears with its report, metric and raw value.
  for (const { report, figure } of figures) {
    expect(rows.some((row) => row.includes(`,${report.id},`) && row.includes(`,${figure.metric},`) && row.includes(`,${figure.value},`))).toBe(true);
  }
});

test('reports.json parses and holds every published report with its figures, and nothing else', async ({ request }) => {
  const response = await request.get('./data/reports.json');
  expect(response.status()).toBe(200);
  const json = (await response.json()) as {
    metrics: { id: string }[];
    reports: {
      id: string;
      url: string;
      unit: { id: string; regionCode: string | null };
      year: number;
      kind: string;
      metrics: { metric: string; value: number }[];
    }[];
  };
  const published = publishedReports();
  expect(json.reports.map((r) => r.id).sort()).toEqual(published.map((r) => r.id).sort());
  for (const report of published) {
    const exported = json.reports.find((r) => r.id === report.id)!;
    expect(exported.unit.id).toBe(report.unit);
    // Every sample unit's region is a real division, so it carries its GB/T 2260 (or statistics) code.
    expect(exported.unit.regionCode).toMatch(/^\d{6}(\d{3}|\d{6})?$/);
    expect(exported.year).toBe(report.year);
    expect(exported.metrics.map(({ metric, value }) => ({ metric, value }))).toEqual(report.metrics);
    expect(new URL(exported.url).pathname).toBe(`/reports/${report.id}/`);
  }
  expect(json.reports.flatMap((r) => r.metrics)).toHaveLength(published.flatMap((r) => r.metrics).length);
  expect(json.metrics.map((m) => m.id)).toContain('funds');
});

test('the footer and the metrics pages link the open data, also under a sub-path', async ({ page }) => {
  for (const start of ['./', './metrics/', './metrics/funds/', SUBPATH_URL]) {
    await page.goto(start);
    const onMetricsPage = start.includes('metrics');
    for (const file of ['metrics.csv', 'reports.json']) {
      const footerLink = page.locator(`footer a[href$="/data/${file}"]`);
      await expect(footerLink).toHaveCount(1);
      if (onMetricsPage) await expect(page.locator(`main a[href$="/data/${file}"]`).first()).toBeVisible();
      const href = (await footerLink.getAttribute('href'))!;
      if (start === SUBPATH_URL) expect(href).toBe(`/showcase/data/${file}`);
      const response = await page.request.get(new URL(href, page.url()).href);
      expect(response.status(), `${start}: ${href}`).toBe(200);
    }
  }
});
