import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** One page of each type the site has. */
const PAGE_TYPES: [type: string, path: string][] = [
  ['home', './'],
  ['units index', './units/'],
  ['units of a type', './units/type/school/'],
  ['units with an honour', './units/honor/national/'],
  ['unit', './units/hoxud-highway-branch/'],
  ['report', './reports/hoxud-highway-branch/2021-work-summary/'],
  ['years index', './years/'],
  ['year', './years/2021/'],
  ['regions index', './regions/'],
  ['region', './regions/shan-xi-sheng-140000/'],
  ['tags index', './tags/'],
  ['tag', './tags/fu-pin-bang-kun/'],
  ['metrics index', './metrics/'],
  ['metric', './metrics/events/'],
  ['search with results', './search/?q=%E6%89%B6%E8%B4%AB'],
  ['404', './no-such-page/'],
];

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** Opens a page and waits for what scripts add to it (search results, drawn charts). */
async function open(page: Page, path: string) {
  const response = await page.goto(path);
  // A stale address would test the 404 page in the page's place.
  expect(response?.status(), `${path} is no page of the site`).toBe(path.includes('no-such-page') ? 404 : 200);
  if (path.includes('/search/')) await expect(page.locator('.search-results li').first()).toBeVisible();
}

/**
 * Table cells whose text wraps into lines averaging fewer than five characters: the
 * sign of a column squeezed too narrow to read (one or two characters a line).
 */
function squeezedCells(page: Page) {
  return page.evaluate(() => {
    const squeezed: string[] = [];
    // Headers kept for screen readers only (a stacked table's on a phone) sit in a 1 px box.
    const visuallyHidden = (element: Element) => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const box = e.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
      }
      return false;
    };
    for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
      const text = cell.innerText.replace(/\s+/g, '');
      if (!text || cell.getClientRects().length === 0 || visuallyHidden(cell)) continue;
      const range = document.createRange();
      range.selectNodeContents(cell);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
      if (tops.size > 1 && text.length / tops.size < 5) squeezed.push(`${text} (${tops.size} 行)`);
    }
    return squeezed;
  });
}

for (const [name, size] of [
  ['phone 360 × 740', PHONE],
  ['desktop 1280 × 800', DESKTOP],
] as const) {
  test.describe(name, () => {
    test.use({ viewport: size });

    for (const [type, path] of PAGE_TYPES) {
      test(`the ${type} page fits the width, keeps table cells readable and has no accessibility violation`, async ({ page }) => {
        await open(page, path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'page wider than the window').toBeLessThanOrEqual(0);
        expect(await squeezedCells(page)).toEqual([]);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      });
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test("a unit page's first report link is within the first one and a half screens", async ({ page }) => {
    await page.goto('./units/hoxud-highway-branch/');
    const first = page.locator('#reports ~ ul h3 a').first();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height * 1.5);
  });

  test('the header is one line with a menu button, at most 120 px tall, and has one search', async ({ page }) => {
    await page.goto('./units/');
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(120);
    // Navigation and search wait in the closed menu.
    await expect(page.getByRole('search', { name: '全站搜索' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();

    await page.getByText('菜单').click();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav).toBeVisible();
    await expect(page.getByRole('search', { name: '全站搜索' })).toBeVisible();
    await expect(page.getByRole('search')).toHaveCount(1);
    expect((await header.boundingBox())!.height, 'the open menu drops over the page').toBeLessThanOrEqual(120);
    await nav.getByRole('link', { name: '年度' }).click();
    await expect(page).toHaveURL(/\/years\/$/);
  });

  test('wide chart tables scroll inside a labelled region that keeps their columns readable', async ({ page }) => {
    await page.goto('./metrics/events/');
    const region = page.getByRole('region', { name: /各单位开展活动排名.*数据表（可左右滑动）/ });
    await expect(region).toBeVisible();
    await expect(region).toHaveAttribute('tabindex', '0');
    expect((await region.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
  });

  test('the filters fold into a panel with a count, chips remove a filter, and every target is at least 44 px', async ({ page }) => {
    await page.goto('./search/?q=%E6%B0%91%E6%97%8F%E5%9B%A2%E7%BB%93&year=2021&kind=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    const panel = page.locator('details[data-facets-panel]');
    await expect(panel.locator('summary')).toContainText('已选 2 项');
    await expect(panel.locator('fieldset').first()).toBeVisible();

    const targets = page.locator('.search-facets summary, .search-facets label, .search-chip, .search-clear, [data-sort]');
    for (const target of await targets.all()) {
      const box = (await target.boundingBox())!;
      expect(box.height, await target.innerText()).toBeGreaterThanOrEqual(44);
    }

    await page.getByRole('button', { name: '移除筛选：年份 2021' }).click();
    await expect(page).not.toHaveURL(/year=2021/);
    await expect(page).toHaveURL(/kind=/);
    await expect(panel.locator('summary')).toContainText('已选 1 项');
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(page.locator('[data-chips]')).toBeHidden();
  });
});

test.describe('without JavaScript on a phone', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('the menu opens and leads to every section', async ({ page }) => {
    await page.goto('./');
    await page.getByText('菜单').click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '创建单位' }).click();
    await expect(page).toHaveURL(/\/units\/$/);
  });
});

test('a search result shows its title, unit · year · kind once, and a snippet of the body with whole words marked', async ({ page }) => {
  await page.goto('./search/?q=%E6%89%B6%E8%B4%AB');
  const result = page.locator('.search-results li', { has: page.locator('a[href*="shannan-civil-affairs/2021-work-summary"]') });
  await expect(result).toBeVisible();
  const title = (await result.locator('h2').innerText()).trim();
  await expect(result.locator('.meta')).toHaveText('山南市民政局 · 2021年 · 工作总结');
  const snippet = result.locator('.search-snippet');
  const text = await snippet.innerText();
  expect(text).not.toContain(title);
  expect(text).not.toContain(' · ');
  expect(text).not.toMatch(/[\u4e00-\u9fff]\. /);
  expect(text).toMatch(/^…|…$/);
  expect(await snippet.locator('mark').allTextContents()).toContain('扶贫');
  for (const mark of await snippet.locator('mark').allTextContents()) expect(mark).toBe('扶贫');
});

test('a short page keeps its footer at the bottom of the window', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('./no-such-page/');
  const footer = (await page.locator('.site-footer').boundingBox())!;
  expect(footer.y + footer.height).toBeGreaterThanOrEqual(DESKTOP.height - 1);
});
