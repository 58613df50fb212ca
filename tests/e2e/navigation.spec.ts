import { expect, test } from '@playwright/test';

test('a visitor goes from home to a unit, to its oldest report, then to the next report', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('民族团结进步创建成果展示');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '创建单位' }).click();
  await expect(page).toHaveURL(/\/units\/$/);

  // A unit with several reports, so the report page has a next report.
  const unitLink = page.locator('li[data-unit] h2 a').first();
  const unitName = (await unitLink.textContent())!.trim();
  await unitLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unitName);
  await expect(page.getByRole('navigation', { name: '面包屑导航' })).toContainText('创建单位');

  const reportLinks = page.locator('#reports ~ ul h3 a');
  const count = await reportLinks.count();
  expect(count).toBeGreaterThan(1);
  const oldest = reportLinks.nth(count - 1);
  const oldestTitle = (await oldest.textContent())!.trim();
  await oldest.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldestTitle);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);

  const next = page.locator('a[rel="next"]');
  const nextTitle = (await next.textContent())!.replace(/^下一篇（\d+年）/, '').trim();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  await expect(page.locator('a[rel="prev"]')).toContainText(oldestTitle);
});

test('a report page shows its unit, year, kind and key figures', async ({ page }) => {
  await page.goto('./years/');
  await page.locator('main a[href*="/years/"]').first().click();
  await page.locator('main .card h2 a').first().click();
  await expect(page.locator('article > p.meta')).toContainText(/\d{4}年/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{10,}/);
});

test('the layout fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['./', './units/', './years/', './regions/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
  }
});
