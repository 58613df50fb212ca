import { expect, test, type Locator, type Page } from '@playwright/test';
import { combine, metricDefinitions, publishedReports } from './publishedContent';

/** A long report whose comparison charts sit below the text, out of the first view. */
const REPORT_WITH_CHARTS = './reports/hoxud-highway-branch/2021-work-summary/';
/** A report with no figures, hence no chart. */
const REPORT_WITHOUT_CHARTS = './reports/baijiantan-primary-school/2019-plan/';
const CHART_CODE = /\/_astro\/(drawChart|MetricChart|chartWorker|chartOnPage)[^/]*\.js$/;

/** Scripts the page requests from now on. */
function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

/**
 * How many pixels of the canvas chart.js painted: those unlike the canvas's most common
 * colour (the page behind it). Read from a screenshot, since a canvas drawn by the chart
 * worker cannot be read back on the page.
 */
async function paintedPixels(canvas: Locator): Promise<number> {
  const png = (await canvas.screenshot()).toString('base64');
  return canvas.page().evaluate(async (base64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const colour = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
    }
    return bitmap.width * bitmap.height - Math.max(...counts.values());
  }, png);
}

/** The numbers of a chart's table, per row: the row header and each column's raw value (null for a gap). */
function tableValues(chart: Locator) {
  return chart.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      category: row.querySelector('th')!.textContent!.trim(),
      values: [...row.querySelectorAll('td')].map((cell) => (cell.dataset.value === undefined ? null : Number(cell.dataset.value))),
    })),
  );
}

test('a chart below the fold loads chart.js and draws only once scrolled into view', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto(REPORT_WITH_CHARTS, { waitUntil: 'networkidle' });
  const chart = page.locator('metric-chart:has(canvas)').first();
  await expect(chart).not.toHaveAttribute('data-state', 'drawn');
  expect(scripts.filter((url) => url.includes('drawChart'))).toEqual([]);
  const canvas = chart.locator('canvas');
  expect(await paintedPixels(canvas)).toBe(0);
  const reserved = (await chart.boundingBox())!.height;

  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-state', 'drawn');
  expect(scripts.some((url) => url.includes('drawChart'))).toBe(true);
  await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
  // The plot's room was reserved before drawing: nothing below the chart moved.
  expect((await chart.boundingBox())!.height).toBe(reserved);
  expect((await canvas.boundingBox())!.height).toBe(280);
});

test('a browser that cannot hand a canvas to a worker draws the chart on the page', async ({ page }) => {
  await page.addInitScript(() => delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen);
  const scripts = recordScripts(page);
  await page.goto('./metrics/events/');
  const ranking = page.locator('metric-chart').first();
  await expect(ranking).toHaveAttribute('data-state', 'drawn');
  await expect.poll(() => paintedPixels(ranking.locator('canvas'))).toBeGreaterThan(500);
  expect(scripts.some((url) => url.includes('chartOnPage'))).toBe(true);
});

test("a ranking reserves a row per unit, so its canvas is as tall as the table's list needs", async ({ page }) => {
  await page.goto('./metrics/events/');
  const ranking = page.locator('metric-chart').first();
  const units = await ranking.locator('tbody tr').count();
  await ranking.scrollIntoViewIfNeeded();
  await expect(ranking).toHaveAttribute('data-state', 'drawn');
  expect((await ranking.locator('canvas').boundingBox())!.height).toBe(56 + 34 * units);
});

test('the canvas has role img and a label that says what it shows; the table and CSV are beside it', async ({ page }) => {
  await page.goto(REPORT_WITH_CHARTS);
  const chart = page.locator('metric-chart', { has: page.locator('a[download$="-events.csv"]') });
  await expect(chart.locator('canvas')).toHaveCount(1);
  const caption = (await chart.locator('figcaption').textContent())!.trim();
  await expect(chart.locator('canvas')).toHaveAttribute('role', 'img');
  await expect(chart.locator('canvas')).toHaveAttribute('aria-label', new RegExp(`^柱状图.*${caption}。.*2021年（本篇）`));
  await expect(chart.getByRole('table')).toBeVisible();
  const download = chart.getByRole('link', { name: '下载本图数据（CSV）' });
  await expect(download).toHaveAttribute('download', /\.csv$/);
  const csv = decodeURIComponent((await download.getAttribute('href'))!.replace(/^data:text\/csv;charset=utf-8,/, ''));
  expect(csv.startsWith('\uFEFF年份,')).toBe(true);
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('hoxud-highway-branch-2021-events.csv');
  const rows = await tableValues(chart);
  expect(csv.trimEnd().split('\r\n').slice(1)).toEqual(rows.map((row) => [row.category, ...row.values.map((v) => v ?? '')].join(',')));
});

test("a unit page's chart tables hold the figures of its reports' frontmatter, year by year", async ({ page }) => {
  const unit = 'hoxud-highway-branch';
  const reports = publishedReports().filter((report) => report.unit === unit);
  const reportYears = reports.map((report) => report.year);
  // Every year from the first report to the last: a year without figures is a gap, not left out.
  const years = Array.from({ length: Math.max(...reportYears) - Math.min(...reportYears) + 1 }, (_, i) => Math.min(...reportYears) + i);
  const reported = metricDefinitions().filter((d) => reports.some((r) => r.metrics.some((f) => f.metric === d.id)));
  await page.goto(`./units/${unit}/`);
  for (const definition of reported) {
    const chart = page.locator('metric-chart', { has: page.locator(`a[download="${unit}-${definition.id}.csv"]`) });
    const expected = years.map((year) => ({
      category: `${year}年`,
      values: [
        combine(
          reports.filter((r) => r.year === year).flatMap((r) => r.metrics.filter((f) => f.metric === definition.id).map((f) => f.value)),
          definition.aggregate,
        ) ?? null,
      ],
    }));
    expect(await tableValues(chart), definition.id).toEqual(expected);
    // The canvas is drawn from the same numbers as the table; a trend of fewer than three figures is not drawn.
    const reportedYears = expected.filter((row) => row.values[0] !== null).length;
    const raw = await chart.getAttribute('data-config');
    if (reportedYears < 3) {
      expect(raw, definition.id).toBeNull();
      await expect(chart.locator('.metric-figures > div')).toHaveCount(reportedYears);
    } else {
      const config = JSON.parse(raw!) as { series: { values: (number | null)[] }[] };
      expect(config.series[0].values).toEqual(expected.map((row) => row.values[0]));
    }
  }
  expect(reported.length).toBeGreaterThan(1);
});

test('the home page charts funds by year, participation by unit type and reports by region, from the frontmatter', async ({ page }) => {
  const reports = publishedReports();
  await page.goto('./');
  const captions = await page.locator('metric-chart figcaption').allTextContents();
  expect(captions).toEqual(['各年度投入资金（全部单位合计）', '各类单位的参学率与覆盖率/知晓率（平均）', '各省（区）公开材料数']);

  const reportYears = reports.map((r) => r.year);
  const years = Array.from({ length: Math.max(...reportYears) - Math.min(...reportYears) + 1 }, (_, i) => Math.min(...reportYears) + i);
  const funds = years.map((year) => ({
    category: `${year}年`,
    values: [
      combine(
        reports.filter((r) => r.year === year).flatMap((r) => r.metrics.filter((f) => f.metric === 'funds').map((f) => f.value)),
        'sum',
      ) ?? null,
    ],
  }));
  expect(await tableValues(page.locator('metric-chart').first())).toEqual(funds);

  const byRegion = await tableValues(page.locator('metric-chart').nth(2));
  expect(byRegion.reduce((sum, row) => sum + row.values[0]!, 0)).toBe(reports.length);
});

test('an editor can place <MetricChart> in a report body', async ({ page }) => {
  await page.goto('./reports/shanxi-ethnic-affairs/2022-work-summary/');
  const inBody = page.locator('article .prose metric-chart');
  await expect(inBody.locator('figcaption')).toHaveText('山西省民族宗教事务委员会历年投入资金');
  await expect(inBody.locator('tbody tr', { hasText: '6.55亿元' })).toHaveCount(1);
  // Two years of figures: told as numbers, with the change between them.
  await expect(inBody.locator('.metric-figures dd').first()).toHaveText('6.55亿元');
  await expect(inBody.locator('.metric-figures')).toContainText(/比\d{4}年(增加|减少)/);
});

test('pages without charts request no chart code', async ({ page }) => {
  const scripts = recordScripts(page);
  for (const path of [REPORT_WITHOUT_CHARTS, './years/', './units/', './tags/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.locator('metric-chart')).toHaveCount(0);
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts.filter((url) => CHART_CODE.test(new URL(url).pathname))).toEqual([]);
});

test('a printed report page shows its charts drawn, and their tables', async ({ page }) => {
  await page.goto(REPORT_WITH_CHARTS, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const charts = page.locator('metric-chart:has(canvas)');
  for (const chart of await charts.all()) {
    await expect(chart).toHaveAttribute('data-state', 'drawn');
    await expect(chart.locator('canvas')).toBeVisible();
    await expect(chart.getByRole('table')).toBeVisible();
  }
  expect(await charts.count()).toBeGreaterThan(0);
});

test('charts fit a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['./', './metrics/events/', REPORT_WITH_CHARTS]) {
    await page.goto(path);
    for (const chart of await page.locator('metric-chart:has(canvas)').all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-state', 'drawn');
      const box = (await chart.locator('canvas').boundingBox())!;
      expect(box.width, `${path}: canvas wider than the phone`).toBeLessThanOrEqual(360);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
  }
});

test('the metrics index links each reported metric to its ranking and distribution page', async ({ page }) => {
  await page.goto('./metrics/');
  await page.getByRole('link', { name: '开展活动' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开展活动');
  await expect(page.locator('metric-chart figcaption')).toHaveText([
    '各单位开展活动排名（历年累计）',
    '各年度开展活动（全部单位合计）',
    '各省（区）开展活动（合计）',
  ]);
  const ranking = await tableValues(page.locator('metric-chart').first());
  const values = ranking.map((row) => row.values[0]!);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  const eventsTotal = publishedReports()
    .flatMap((r) => r.metrics)
    .filter((f) => f.metric === 'events')
    .reduce((sum, f) => sum + f.value, 0);
  expect(values.reduce((a, b) => a + b, 0)).toBe(eventsTotal);
});

test('a unit with one year of a figure shows it as a headline number, not a chart, and loads no chart.js', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('./units/yicheng-beiguan-village/', { waitUntil: 'networkidle' });
  const chart = page.locator('metric-chart').first();
  await expect(chart.locator('canvas')).toHaveCount(0);
  const figures = chart.locator('.metric-figures > div');
  await expect(figures).toHaveCount(1);
  await expect(figures.locator('dt')).toHaveText(/^\d{4}年$/);
  await expect(chart.locator('.legend-note').first()).toContainText('不足以画出趋势');
  // The table stays beside the numbers, the same figure in it.
  const value = (await figures.locator('dd').first().textContent())!.trim();
  await expect(chart.getByRole('table').locator('td', { hasText: value })).toHaveCount(1);
  await page.mouse.wheel(0, 20_000);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => url.includes('drawChart'))).toEqual([]);
});

test('a unit with two years of a figure shows both numbers and the change, never a line through them', async ({ page }) => {
  await page.goto('./units/otog-petition-bureau/');
  const twoYears = page.locator('metric-chart', { has: page.locator('.metric-figures > div:nth-child(2)') }).first();
  await expect(twoYears.locator('canvas')).toHaveCount(0);
  await expect(twoYears.locator('.metric-figures__change')).toHaveText(/^(比\d{4}年(增加|减少|提高|下降) .+|与\d{4}年持平)$/);
});

test('a year without the figure reads 未报告 in the table and is a gap in the chart, not zero', async ({ page }) => {
  await page.goto('./metrics/events/');
  const byYear = page.locator('metric-chart', { has: page.locator('a[download="events-by-year.csv"]') });
  const rows = await tableValues(byYear);
  const gaps = rows.filter((row) => row.values[0] === null);
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) await expect(byYear.locator('tr', { hasText: gap.category }).locator('td')).toHaveText('未报告');
  await expect(byYear.locator('td', { hasText: '—' })).toHaveCount(0);
  await expect(byYear.locator('.legend-note')).toContainText('未报告');
  // The canvas is drawn from null at the gap (no bar), never 0.
  const config = JSON.parse((await byYear.getAttribute('data-config'))!) as { series: { values: (number | null)[] }[] };
  expect(config.series[0].values.filter((value) => value === null)).toHaveLength(gaps.length);
  expect(config.series[0].values).not.toContain(0);
  await byYear.scrollIntoViewIfNeeded();
  await expect(byYear).toHaveAttribute('data-state', 'drawn');
});
