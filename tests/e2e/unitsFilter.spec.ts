import { expect, test, type Page } from '@playwright/test';

const visibleUnits = (page: Page) => page.locator('li[data-unit]:visible');

test('choosing a unit type narrows the list to that type and says how many remain', async ({ page }) => {
  await page.goto('./units/');
  const all = await visibleUnits(page).count();
  await page.getByLabel('单位类型').selectOption({ label: '学校' });
  const schools = visibleUnits(page);
  const shown = await schools.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  for (const meta of await schools.locator('.meta').allTextContents()) expect(meta).toMatch(/^学校 · /);
  await expect(page.getByRole('status')).toHaveText(`共 ${shown} 个单位`);
  await expect(page).toHaveURL(/type=school/);
});

test('filters combine, and a shared URL restores them', async ({ page }) => {
  await page.goto('./units/');
  const region = page.getByLabel('地区');
  const provinceValue = await region.locator('option').nth(1).getAttribute('value');
  await region.selectOption(provinceValue!);
  const inRegion = await visibleUnits(page).count();
  await page.getByLabel('荣誉级别').selectOption({ index: 1 });
  const withHonor = await visibleUnits(page).count();
  expect(withHonor).toBeLessThanOrEqual(inRegion);

  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByLabel('地区')).toHaveValue(provinceValue!);
  await expect(visibleUnits(page)).toHaveCount(withHonor);

  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByRole('status')).toHaveText(/共 \d+ 个单位/);
  await expect(page).not.toHaveURL(/region=/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filter links lead to pages that list only the matching units', async ({ page }) => {
    await page.goto('./units/');
    await expect(page.getByRole('form', { name: '筛选单位' })).toBeHidden();
    await page.getByRole('navigation', { name: '按条件浏览单位' }).getByRole('link', { name: /^学校/ }).click();
    await expect(page).toHaveURL(/\/units\/type\/school\/$/);
    const metas = await page.locator('main .card .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/^学校 · /);

    await page.goto('./units/');
    await page.getByRole('navigation', { name: '按条件浏览单位' }).getByRole('link', { name: /^国家级/ }).click();
    await expect(page).toHaveURL(/\/units\/honor\/national\/$/);
    await expect(page.locator('main .card').first()).toContainText('国家级');
  });
});
