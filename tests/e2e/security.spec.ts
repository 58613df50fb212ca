import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

test('every page carries a Content-Security-Policy that admits inline script only by hash', () => {
  for (const page of pages) {
    const html = readFileSync(join('dist', page), 'utf8');
    const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    expect(policy, `${page} has no CSP`).toBeDefined();
    const scriptSrc = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
  }
});

test('every external link opens with rel="noopener noreferrer"', () => {
  let external = 0;
  for (const page of pages) {
    const html = readFileSync(join('dist', page), 'utf8');
    for (const [anchor] of html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
      expect(anchor, `${page}: ${anchor}`).toMatch(/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/);
      external++;
    }
  }
  expect(external, 'the sample links at least one outside site').toBeGreaterThan(0);
});

test('browsing, searching, charts and highlighting run without a CSP violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('./');
  await page.goto('./search/?q=%E6%95%AC%E8%80%81%E9%99%A2');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await page.locator('.search-results h2 a').first().click();
  await expect(page.locator('article mark').first()).toBeVisible();
  for (const chart of await page.locator('metric-chart').all()) await chart.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  await page.goto('./units/?type=school');
  expect(violations).toEqual([]);
});
