import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

const DEV_URL = 'http://127.0.0.1:4325/';
let devServer: ChildProcess;

test.beforeAll(async () => {
  // A cold start beside other dev servers on a 2-core machine takes more than the default 30 s.
  test.setTimeout(120_000);
  devServer = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '4325', '--host', '127.0.0.1'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 200; attempt++) {
    const up = await fetch(DEV_URL)
      .then((response) => response.ok)
      .catch(() => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not answer at ${DEV_URL}`);
});

test.afterAll(() => {
  devServer.kill();
});

test('search works in astro dev, indexing the pages as the dev server renders them', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${DEV_URL}search/?q=${encodeURIComponent('敬老院')}`);
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条/, { timeout: 90_000 });
  await expect(page.locator('.search-results h2 a').first()).toHaveAttribute('href', /^\/reports\/hoxud-highway-branch\/2022-deeds\//);
});
