import { expect, test, type Page } from '@playwright/test';

const visibleUnits = (page: Page) => page.locator('li[data-unit]:visible');

test('choosing a unit type narrows the list to that type and says how many remain', async ({ page }) => {
  await page.goto('./units/');
  // One filter: with JavaScript the form replaces the links.
  await expect(page.getByRole('navigation', { name: '按条件浏览单位' })).toBeHidden();
  const all = await visibleUnits(page).count();
  await page.getByLabel('单位类型').selectOption('school');
  const schools = visibleUnits(page);
  const shown = await schools.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  for (const meta of await schools.locator('.meta').allTextContents()) expect(meta).toMatch(/^学校 · /);
  await expect(page.getByRole('status')).toHaveText(`共 ${shown} 个单位`);
  await expect(page).toHaveURL(/type=school/);
});

test("every option's count is the number of units choosing it shows, given the other choices", async ({ page }) => {
  await page.goto('./units/');
  await page.getByLabel('单位类型').selectOption('school');
  for (const field of ['地区', '荣誉级别']) {
    const select = page.getByLabel(field);
    const options = await select
      .locator('option:not([value=""])')
      .evaluateAll((all) => all.map((o) => ({ value: (o as HTMLOptionElement).value, count: Number(/（(\d+)）$/.exec(o.textContent!)![1]) })));
    for (const { value, count } of options) {
      if (count === 0) continue;
      await select.selectOption(value);
      await expect(visibleUnits(page)).toHaveCount(count);
      await expect(page.getByRole('status')).toHaveText(`共 ${count} 个单位`);
    }
    await select.selectOption('');
  }
});

test('filters combine, and a shared URL restores them', async ({ page }) => {
  await page.goto('./units/');
  const honor = page.getByLabel('荣誉级别');
  await honor.selectOption({ index: 1 });
  const withHonor = await visibleUnits(page).count();
  // Regions where no unit holds that honour are disabled (their count is 0): take the first province that is not.
  const region = page.getByLabel('地区');
  const provinceValue = await region.locator('option:not([value=""]):not([disabled])').first().getAttribute('value');
  await region.selectOption(provinceValue!);
  const inBoth = await visibleUnits(page).count();
  expect(inBoth).toBeGreaterThan(0);
  expect(inBoth).toBeLessThanOrEqual(withHonor);

  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByLabel('地区')).toHaveValue(provinceValue!);
  await expect(visibleUnits(page)).toHaveCount(inBoth);

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
    await page
      .getByRole('navigation', { name: '按条件浏览单位' })
      .getByRole('link', { name: /^国家级/ })
      .click();
    await expect(page).toHaveURL(/\/units\/honor\/national\/$/);
    await expect(page.locator('main .card').first()).toContainText('国家级');
  });
});
