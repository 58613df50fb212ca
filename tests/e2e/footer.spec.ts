import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * The footer's fields as the office wrote them in src/site.config.ts (read as text:
 * the config imports images, which only the site's build can load).
 */
function configuredFooter(): Record<string, string> {
  const source = readFileSync('src/site.config.ts', 'utf8');
  const block = source.slice(source.indexOf('footer: {'));
  const field = (key: string) => new RegExp(`\\b${key}: '([^']*)'`).exec(block)?.[1] ?? '';
  return {
    主办单位: field('sponsor'),
    承办单位: field('organizer'),
    联系方式: field('contact'),
    ICP备案号: field('icp'),
    公安备案号: field('policeRecord'),
    网站标识码: field('siteCode'),
  };
}

test('the footer shows the fields of the site config, each once, and only those filled in', async ({ page }) => {
  await page.goto('./years/');
  const fields = page.locator('.site-footer [data-footer-field]');
  const expected = Object.entries(configuredFooter()).filter(([, value]) => value.trim() !== '');
  expect(expected.length).toBeGreaterThan(0);
  await expect(fields).toHaveCount(expected.length);
  for (const [index, [label, value]] of expected.entries()) {
    await expect(fields.nth(index).locator('dt')).toHaveText(`${label}：`);
    await expect(fields.nth(index).locator('dd')).toHaveText(value);
  }
});

test('the ICP number links to the MIIT filing system and opens safely in a new tab', async ({ page }) => {
  await page.goto('./');
  const icp = page.locator('.site-footer [data-footer-field="ICP备案号"] a');
  await expect(icp).toHaveAttribute('href', 'https://beian.miit.gov.cn/');
  await expect(icp).toHaveAttribute('rel', /noopener/);
  await expect(icp).toHaveText(configuredFooter().ICP备案号);
});
