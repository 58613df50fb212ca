import { expect, test } from '@playwright/test';

test('a unit page prints its content only, with the address after each report link', async ({ page }) => {
  await page.goto('./units/hoxud-highway-branch/');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs']) await expect(page.locator(chrome)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const link = page.locator('#reports ~ ul h3 a').first();
  const href = (await link.getAttribute('href'))!;
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href);
  // A4 portrait is about 794 CSS pixels wide at 96 dpi: nothing may be wider.
  await page.setViewportSize({ width: 794, height: 1123 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
});

test('a report page prints without navigation, search or pager, its figures and charts kept', async ({ page }) => {
  await page.goto('./reports/hoxud-highway-branch/2021-work-summary/');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-footer', '.pager']) await expect(page.locator(chrome)).toBeHidden();
  await expect(page.locator('.figure-table')).toBeVisible();
  await expect(page.locator('metric-chart table').first()).toBeVisible();
});
