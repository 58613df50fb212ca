import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { copyProjectWithoutContent } from '../../tools/projectCopy.ts';
import { REPORT, REPORT_FILE, UNIT, UNIT_FILE } from '../catalogue/badInput.ts';

const DEV_URL = 'http://127.0.0.1:4326/';
const projectRoot = resolve(import.meta.dirname, '../..');
let root: string;
let devServer: ChildProcess;
let terminal = '';

const write = (path: string, text: string) => {
  const target = join(root, 'src/content', path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
};

// A copy of the project, so the test breaks and mends a file of its own, never the sample content.
test.beforeAll(async () => {
  test.setTimeout(180_000);
  root = mkdtempSync(join(tmpdir(), 'showcase-dev-'));
  copyProjectWithoutContent(root);
  write(UNIT_FILE, UNIT);
  write(REPORT_FILE, REPORT.replace('date: 2023-12-20', 'date: 2023-13-45'));
  devServer = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4326', '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  devServer.stdout?.on('data', (chunk) => (terminal += String(chunk)));
  devServer.stderr?.on('data', (chunk) => (terminal += String(chunk)));
  for (let attempt = 0; attempt < 240; attempt++) {
    const up = await fetch(DEV_URL)
      .then(() => true)
      .catch(() => false);
    if (up) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`astro dev did not answer at ${DEV_URL}:\n${terminal}`);
});

test.afterAll(() => {
  devServer?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

test("a content error shows in the browser and the terminal with the lint's message, and clears once fixed", async ({ page }) => {
  test.setTimeout(180_000);
  const message = /src\/content\/reports\/test-bureau\/2023-work-summary\.mdx:6 date — 「2023-13-45」中的月份 13 不存在/;

  const response = await page.goto(`${DEV_URL}reports/test-bureau/2023-work-summary/`);
  expect(response?.status()).toBe(500);
  await expect(page.locator('h1')).toContainText('内容有 1 个错误');
  await expect(page.locator('li')).toHaveText(message);
  await expect.poll(() => terminal).toMatch(message);

  write(REPORT_FILE, REPORT);
  await expect(async () => {
    const fixed = await page.goto(`${DEV_URL}reports/test-bureau/2023-work-summary/`);
    expect(fixed?.status()).toBe(200);
  }).toPass({ timeout: 60_000 });
  // The page's own heading: once loaded, Astro's dev toolbar adds headings of its own.
  await expect(page.locator('main h1')).toHaveText('红寺堡区民族宗教事务局2023年民族团结进步创建工作总结');
});
