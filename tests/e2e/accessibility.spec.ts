import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** One page of each type the site has. */
const PAGE_TYPES: [type: string, path: string][] = [
  ['home', './'],
  ['units index', './units/'],
  ['units of a type', './units/type/school/'],
  ['unit', './units/hoxud-highway-branch/'],
  ['report', './reports/hoxud-highway-branch/2021-work-summary/'],
  ['years index', './years/'],
  ['year', './years/2021/'],
  ['regions index', './regions/'],
  ['region', './regions/shan-xi-sheng-140000/'],
  ['tags index', './tags/'],
  ['search with results', './search/?q=%E6%8D%90%E6%AC%BE'],
  ['metrics index', './metrics/'],
  ['metric', './metrics/funds/'],
  ['404', './no-such-page/'],
];

for (const [type, path] of PAGE_TYPES) {
  test(`axe finds no accessibility violations on the ${type} page`, async ({ page }) => {
    await page.goto(path);
    if (path.includes('/search/')) await expect(page.locator('.search-results li').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('axe finds no violations on a tag page', async ({ page }) => {
  await page.goto('./tags/');
  await page.locator('main .link-list a').first().click();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
