import { expect, test } from '@playwright/test';

/** The division code at the end of a region link (/regions/he-shuo-xian-652828/ → 652828). */
const codeOf = (href: string) => href.match(/-(\d{6,12})\/$/)?.[1];

const codesIn = async (links: import('@playwright/test').Locator) =>
  (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map(codeOf);

test('the region index lists provinces and their children in official code order, with unit counts', async ({ page }) => {
  await page.goto('./regions/');
  const provinces = await codesIn(page.locator('main section h2 a'));
  expect(provinces.length).toBeGreaterThan(1);
  expect(provinces.every((code) => code !== undefined)).toBe(true);
  expect(provinces).toEqual([...provinces].sort());
  for (const section of await page.locator('main section').all()) {
    await expect(section.locator('.meta')).toHaveText(/\d+ 个单位/);
    const children = await codesIn(section.locator('ul a'));
    expect(children).toEqual([...children].sort());
  }
  // Official full names, not the short forms editors may write.
  await expect(page.locator('main section h2 a').filter({ hasText: '新疆维吾尔自治区' })).toHaveCount(1);
});

test('a region page lists the regions below it in code order and keeps its code in the address', async ({ page }) => {
  await page.goto('./regions/');
  await page.locator('main section h2 a').filter({ hasText: '山西省' }).click();
  await expect(page).toHaveURL(/\/regions\/shan-xi-sheng-140000\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山西省');
  const children = await codesIn(page.getByRole('navigation', { name: '下级地区' }).locator('a'));
  expect(children.length).toBeGreaterThan(1);
  expect(children).toEqual([...children].sort());
});
