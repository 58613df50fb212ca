import { expect, test, type Page } from '@playwright/test';
import { SUBPATH_URL } from '../../playwright.config';
import { indexedPages } from '../../tools/bench/scaleSearch';
import { distinctiveClauses, searchResults, showAllResults } from './searchSupport';

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

test('a clause shows the pages holding it at once, and the pages holding its words when the visitor asks', async ({ page }) => {
  const { path, clause } = distinctiveClauses()[0]!;
  const wordChunks: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/(part-\d+\/)?index\//.test(request.url())) wordChunks.push(request.url());
  });
  expect(await searchResults(page, clause)).toEqual([`/${path}`]);
  await expect(page.locator('[data-status]')).toHaveText(`找到 1 条原文含有「${clause}」的结果`);
  // The facets count the page shown, not the pages holding the words.
  await page.getByText('筛选条件').click();
  await expect(page.locator('fieldset', { hasText: '年份' }).locator('.count')).toHaveText(['1']);
  expect(wordChunks).toEqual([]);

  await page.getByRole('button', { name: '查看更多相关结果' }).click();
  await expect(page.locator('[data-status]')).toHaveText(/^找到 \d+ 条与「.+」相关的结果$/);
  const all = await page
    .locator('.search-results h2 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(all[0]).toBe(`/${path}`);
  expect(new Set(all).size).toBe(all.length);
  expect(wordChunks.length).toBeGreaterThan(0);
});

test('a quoted phrase returns only pages holding that exact phrase', async ({ page }) => {
  const results = await searchResults(page, '"集中双语学习"');
  expect(results).toEqual(['/reports/hoxud-highway-branch/2021-work-summary/']);
});

test('a word finds the pages whose text holds it, not unit profiles by their kind 「单位简介」', async ({ page }) => {
  // 23 of the sample's 41 indexed pages lack 单位, among them 7 of its unit profiles.
  const holding = indexedPages('dist')
    .filter((indexed) => indexed.content.replace(/[\s\u200b]+/g, '').includes('单位'))
    .map((indexed) => indexed.url);
  await searchResults(page, '单位');
  await showAllResults(page);
  const shown = await page
    .locator('.search-results h2 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(shown.toSorted()).toEqual(holding.toSorted());
  // A result still says what kind of material it is, from its 材料类型 filter.
  const profile = page.locator('.search-results li', { has: page.locator('a[href*="/units/hoxud-highway-branch/"]') });
  await expect(profile.locator('.meta')).toHaveText('和硕县公路管理分局 · 单位简介');
});

test('a filter narrows the results and its count matches what is shown', async ({ page }) => {
  const all = await searchResults(page, '民族团结');
  await page.getByText('筛选条件').click();
  const facet = page.locator('fieldset', { hasText: '年份' }).locator('label', { hasText: '2021' });
  const count = Number(await facet.locator('.count').textContent());
  await facet.getByRole('checkbox').check();
  await expect(page).toHaveURL(/year=2021/);
  await expect(page.locator('[data-status]')).toHaveText(`找到 ${count} 条与「民族团结」相关的结果`);
  await showAllResults(page);
  const metas = await page.locator('.search-results .meta').allTextContents();
  expect(metas.length).toBe(count);
  expect(count).toBeLessThan(all.length);
  for (const meta of metas) expect(meta).toContain('2021年');

  await page.goBack();
  await expect(page).not.toHaveURL(/year=2021/);
  await expect(page.locator('fieldset', { hasText: '年份' }).getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('the facets load pagefind’s filter index only when the visitor opens them', async ({ page }) => {
  const filterFiles: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
  });
  await searchResults(page, '民族团结');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  expect(filterFiles).toEqual([]);
  await expect(page.locator('fieldset')).toHaveCount(0);
  await page.getByText('筛选条件').click();
  await expect(page.locator('fieldset', { hasText: '材料类型' }).locator('.count').first()).toHaveText(/^\d+$/);
  expect(filterFiles.length).toBeGreaterThan(0);
});

test('a filter in the URL opens the facets with that filter ticked', async ({ page }) => {
  await searchResults(page, '民族团结', '&year=2021');
  await expect(page.locator('details[data-facets-panel]')).toHaveAttribute('open');
  await expect(page.locator('fieldset', { hasText: '年份' }).getByRole('checkbox', { name: '2021' })).toBeChecked();
});

/** The years shown with each result, in order; unit profiles have none (null). */
const resultYears = async (page: Page) => {
  await showAllResults(page);
  const metas = await page.locator('.search-results .meta').allTextContents();
  return metas.map((meta) => (/(\d{4})年/.exec(meta)?.[1] ? Number(/(\d{4})年/.exec(meta)![1]) : null));
};

for (const [build, base] of [
  ['root build, one index part', './'],
  ['/showcase/ build, four index parts', SUBPATH_URL],
]) {
  test(`sorting by year orders every result by year, unit profiles last (${build})`, async ({ page }) => {
    await page.goto(`${base}search/?q=${encodeURIComponent('民族团结')}&sort=newest`);
    await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条/);
    const newest = await resultYears(page);
    const years = newest.filter((year) => year !== null);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(newest.indexOf(null) === -1 || newest.slice(newest.indexOf(null)).every((year) => year === null)).toBe(true);
    expect(new Set(years).size).toBeGreaterThan(3);

    await page.getByLabel('排序').selectOption('oldest');
    await expect(page).toHaveURL(/sort=oldest/);
    await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条/);
    const oldest = (await resultYears(page)).filter((year) => year !== null);
    expect(oldest).toEqual([...years].sort((a, b) => a - b));
  });
}

/** Every result of a search on the build at `base`, as paths below the base. */
async function allResults(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-status]')).not.toHaveText(/^$|正在/);
  await showAllResults(page);
  const paths = await page
    .locator('.search-results h2 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return paths.map((path) => path.replace(/^\/showcase\//, '/'));
}

test('the /showcase/ build merges its four index parts: the same pages are found as in the one-part root build', async ({ page }) => {
  // Eight searches, each loading its page and index afresh.
  test.setTimeout(90_000);
  for (const query of ['民族团结', '捐款', '扶贫', '学校']) {
    const inParts = await allResults(page, SUBPATH_URL, query);
    expect(inParts.length, query).toBeGreaterThan(0);
    expect(new Set(inParts), query).toEqual(new Set(await allResults(page, './', query)));
  }
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
