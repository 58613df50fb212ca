import { expect, test } from '@playwright/test';
import { SUBPATH_URL } from '../../playwright.config';
import { distinctiveClauses, searchResults } from './searchSupport';

/** Queries a visitor would type, each with the pages that must be among its first five results. */
const QUERIES: [query: string, mustFind: string[]][] = [
  ['捐款', ['reports/hoxud-highway-branch/2022-deeds/']],
  ['扶贫', ['reports/shannan-civil-affairs/2021-work-summary/']],
  ['民族团结 教育月', ['reports/otog-petition-bureau/2021-activity-summary/']],
  ['3.2万元', ['reports/hoxud-highway-branch/2022-deeds/']],
  ['7009万元', ['reports/shanxi-ethnic-affairs/2022-work-summary/']],
  ['和硕县公路管理分局', ['units/hoxud-highway-branch/', 'reports/hoxud-highway-branch/2020-status-report/']],
  ['鄂托克旗', ['units/otog-petition-bureau/', 'reports/otog-petition-bureau/2022-work-summary/']],
  ['红寺堡', ['reports/hongsibu-middle-school/2020-plan/', 'reports/hongsibu-middle-school/2021-plan/']],
  ['白碱滩', ['reports/baijiantan-primary-school/2019-plan/']],
  ['阳泉', ['reports/yangquan-city/2020-work-summary/', 'reports/yangquan-city/2022-deeds/']],
  ['长治', ['reports/changzhi-chengqu/2019-deeds/']],
  ['翼城县 北关村', ['reports/yicheng-beiguan-village/2021-deeds/', 'reports/yicheng-beiguan-village/2024-work-summary/']],
  ['山西大学附属中学', ['reports/sxu-affiliated-high-school/2022-deeds/']],
  ['山南', ['reports/shannan-civil-affairs/2020-status-report/']],
  ['信访', ['reports/otog-petition-bureau/2023-activity-summary/']],
  ['双语学习', ['reports/hoxud-highway-branch/2021-work-summary/']],
  ['结对帮扶', ['reports/changzhi-chengqu/2021-status-report/']],
  ['流动人口', ['reports/yangquan-city/2020-work-summary/']],
  ['清真食品', ['reports/yangquan-city/2022-deeds/']],
  ['援疆', ['reports/shanxi-ethnic-affairs/2019-status-report/']],
  ['知识竞赛', ['reports/baijiantan-primary-school/2021-plan/']],
  ['西藏班', ['reports/sxu-affiliated-high-school/2020-status-report/']],
  ['三个离不开', ['reports/hongsibu-middle-school/2020-plan/']],
  ['敬老院', ['reports/hoxud-highway-branch/2022-deeds/']],
  ['篮球', ['reports/hoxud-xinglong-community/2021-activity-summary/']],
  ['征文', ['reports/hongsibu-middle-school/2021-plan/']],
  ['民族团结一家亲', ['reports/shanxi-ethnic-affairs/2020-work-summary/']],
  ['参学率', ['reports/hoxud-hrss-bureau/2019-work-summary/']],
  ['国旗下讲话', ['reports/baijiantan-primary-school/2023-plan/']],
  ['12345', ['reports/yangquan-city/2020-work-summary/']],
];

test.describe('Chinese queries find the reports that answer them', () => {
  for (const [query, mustFind] of QUERIES) {
    test(`「${query}」`, async ({ page }) => {
      const firstFive = (await searchResults(page, query)).slice(0, 5);
      for (const path of mustFind) expect(firstFive).toContain(`/${path}`);
    });
  }
});

test('every report is the first result for a clause only it contains', async ({ page }) => {
  test.setTimeout(120_000);
  const misses: string[] = [];
  for (const { path, clause } of distinctiveClauses()) {
    const [first] = await searchResults(page, clause);
    if (first !== `/${path}`) misses.push(`${clause} → ${first ?? 'nothing'} (expected /${path})`);
  }
  expect(misses).toEqual([]);
});

test('a quoted phrase returns only pages holding that exact phrase', async ({ page }) => {
  const results = await searchResults(page, '"集中双语学习"');
  expect(results).toEqual(['/reports/hoxud-highway-branch/2021-work-summary/']);
});

test('a filter narrows the results and its count matches what is shown', async ({ page }) => {
  const all = await searchResults(page, '民族团结');
  const facet = page.locator('fieldset', { hasText: '年份' }).locator('label', { hasText: '2021' });
  const count = Number(await facet.locator('.count').textContent());
  await facet.getByRole('checkbox').check();
  await expect(page).toHaveURL(/year=2021/);
  await expect(page.locator('[data-status]')).toHaveText(`找到 ${count} 条与「民族团结」相关的结果`);
  while (await page.locator('[data-more]').isVisible()) await page.locator('[data-more]').click();
  const metas = await page.locator('.search-results .meta').allTextContents();
  expect(metas.length).toBe(count);
  expect(count).toBeLessThan(all.length);
  for (const meta of metas) expect(meta).toContain('2021年');

  await page.goBack();
  await expect(page).not.toHaveURL(/year=2021/);
  await expect(page.locator('fieldset', { hasText: '年份' }).getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('?q= in the URL runs the search on load and fills the box', async ({ page }) => {
  const results = await searchResults(page, '篮球');
  await expect(page.getByLabel('搜索材料')).toHaveValue('篮球');
  expect(results.length).toBeGreaterThan(0);
});

test('the opened result highlights the searched terms on the report page', async ({ page }) => {
  await searchResults(page, '敬老院');
  await page.locator('.search-results h2 a').first().click();
  await expect(page.locator('article mark').first()).toHaveText(/敬老院|敬老|院/);
});

test('an empty result says so and suggests removing filters', async ({ page }) => {
  await searchResults(page, '篮球', '&year=2019');
  await expect(page.locator('[data-status]')).toHaveText(/没有找到.*请尝试去掉部分筛选条件/);
});

test("a draft's unique sentence finds nothing", async ({ page }) => {
  expect(await searchResults(page, '石榴籽')).toEqual([]);
  expect(await searchResults(page, '便民窗口')).toEqual([]);
});

test('the header search box on every page leads to the search page', async ({ page }) => {
  await page.goto('./units/');
  await page.getByRole('search', { name: '全站搜索' }).getByLabel('搜索全部材料').fill('援疆');
  await page.getByRole('search', { name: '全站搜索' }).getByLabel('搜索全部材料').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E6%8F%B4%E7%96%86/);
  await expect(page.locator('.search-results li').first()).toBeVisible();
});

test('search works in the /showcase/ build', async ({ page }) => {
  await page.goto(`${SUBPATH_URL}search/?q=${encodeURIComponent('敬老院')}`);
  const first = page.locator('.search-results h2 a').first();
  await expect(first).toHaveAttribute('href', /^\/showcase\/reports\/hoxud-highway-branch\/2022-deeds\//);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('和硕县公路管理分局');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the browse pages', async ({ page }) => {
    await page.goto('./search/?q=捐款');
    const notice = page.locator('.search-notice');
    await expect(notice).toContainText('搜索需要浏览器启用 JavaScript');
    await expect(notice.getByRole('link', { name: '单位' })).toHaveAttribute('href', /\/units\/$/);
  });
});
