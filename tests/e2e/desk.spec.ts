import { expect, test, type Page } from '@playwright/test';
import { Document, Packer, Paragraph } from 'docx';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProjectWithoutContent } from '../../tools/projectCopy.ts';

/**
 * The editor's desk (`npm run desk`) on a copy of the project with the sample content:
 * Decap CMS in Chinese, offline (every request that is not to this machine is refused
 * and counted), writing entry files that pass the content checks.
 */
const PORT = 4328;
const DESK_URL = `http://127.0.0.1:${PORT}/admin/`;
const projectRoot = resolve(import.meta.dirname, '../..');
let root: string;
let desk: ChildProcess;
let terminal = '';
const outside: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  root = mkdtempSync(join(tmpdir(), 'showcase-desk-'));
  copyProjectWithoutContent(root);
  cpSync(join(projectRoot, 'src/content'), join(root, 'src/content'), { recursive: true });
  desk = spawn(process.execPath, [join(root, 'tools/desk/cli.ts'), '--port', String(PORT), '--backend-port', '8098'], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    detached: false,
  });
  desk.stdout?.on('data', (chunk) => (terminal += String(chunk)));
  desk.stderr?.on('data', (chunk) => (terminal += String(chunk)));
  for (let attempt = 0; attempt < 400 && !terminal.includes('编辑台已启动'); attempt++) await new Promise((done) => setTimeout(done, 500));
  if (!terminal.includes(`编辑台已启动：${DESK_URL}`)) throw new Error(`npm run desk did not print its address:\n${terminal}`);
});

test.afterAll(async () => {
  if (desk && desk.exitCode === null) {
    const stopped = new Promise((done) => desk.on('exit', done));
    desk.kill('SIGINT');
    await stopped;
  }
  if (root) rmSync(root, { recursive: true, force: true });
});

test.beforeEach(async ({ context }) => {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
});

test.afterEach(() => expect(outside, 'the desk asked for something outside this machine').toEqual([]));

const contentFile = (path: string) => readFileSync(join(root, 'src/content', path), 'utf8');

async function signIn(page: Page, hash = '') {
  await page.goto(`${DESK_URL}${hash}`);
  await page.getByRole('button', { name: '登录' }).click();
}

async function save(page: Page) {
  await page.evaluate(() => document.getElementById('desk-checks')?.remove());
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
  await expect(page.locator('#desk-checks h2')).toBeVisible({ timeout: 60_000 });
}

async function pick(page: Page, label: string, option: string | RegExp, typed?: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  if (typed) await field.pressSequentially(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('the desk loads in Chinese and lists the sample units and reports', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  await expect(page.getByRole('link', { name: '单位', exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('和硕县人力资源和社会保障局')).toBeVisible();
  await expect(page.getByText('快速新建')).toBeVisible();
  await page.getByRole('link', { name: '材料', exact: true }).click();
  await expect(page.getByText('2022 阳泉市2022年民族团结进步创建事迹材料', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('2024 鄂托克旗信访局2024年民族团结进步活动月实施方案（草稿）', { exact: true })).toBeVisible();
  await expect(page.getByText('2024 阳泉市2024年少数民族流动人口服务情况汇报（定时发布）', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '使用帮助' }).click();
  await expect(page.getByRole('region', { name: '使用帮助' })).toContainText('有【错误】的内容不能发布');
});

test('an editor creates a unit and a report with two figures; the files pass the content checks', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, '#/collections/units/new');
  await page.getByLabel('单位编号（文件名）').fill('hoxud-desk-bureau');
  await page.getByLabel('单位名称', { exact: true }).fill('和硕县编辑台测试局');
  await pick(page, '单位类型', /^机关/);
  await page.getByRole('button', { name: '新增所属地区' }).click();
  await page.locator('[id^="region-field"] input, input[id^="name-field"]').last().fill('和硕县');
  await save(page);
  await expect(page.locator('#desk-checks')).not.toContainText('【错误】');
  expect(contentFile('units/hoxud-desk-bureau.mdx')).toBe('---\nname: 和硕县编辑台测试局\ntype: 机关\nregion: ["和硕县"]\n---\n');

  await page.goto(`${DESK_URL}#/collections/reports/new`);
  await pick(page, '所属单位', /和硕县编辑台测试局/, '编辑台测试局');
  await page.getByLabel('标题', { exact: true }).fill('和硕县编辑台测试局2023年民族团结进步创建工作总结');
  await page.getByLabel('年份', { exact: true }).fill('2023');
  await pick(page, '材料类型', '工作总结');
  await page.getByLabel('摘要', { exact: true }).fill('全局围绕民族团结进步创建开展学习宣传和结对帮扶，全年投入资金12万元。');
  for (const [metric, value] of [
    ['投入资金（万元）', '12'],
    ['开展活动（次）', '8'],
  ] as const) {
    await page.getByRole('button', { name: '新增数据' }).click();
    const item = page.locator('[id^="metric-field"]').last();
    await item.click();
    await page.getByRole('option', { name: metric }).click();
    await page.locator('input[id^="value-field"]').last().fill(value);
  }
  await save(page);
  await expect(page.locator('#desk-checks')).not.toContainText('【错误】');
  const report = contentFile('reports/hoxud-desk-bureau/2023-work-summary.mdx');
  expect(report).toMatch(
    /^---\nunit: hoxud-desk-bureau\ntitle: 和硕县编辑台测试局2023年民族团结进步创建工作总结\nyear: 2023\nkind: 工作总结\nsummary: /,
  );
  expect(report).toContain('metrics:\n  - metric: funds\n    value: 12\n  - metric: events\n    value: 8\n');

  const lint = spawnSync(process.execPath, [join(root, 'tools/lintContent.ts')], { cwd: root, encoding: 'utf8' });
  expect(lint.stdout + lint.stderr).toContain('可以发布');
  expect(lint.status).toBe(0);
});

test("a participation rate of 120 shows the checks' Chinese message after saving, and the form keeps it", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, '#/collections/reports/entries/hoxud-desk-bureau/2023-work-summary');
  await page.getByRole('button', { name: '新增数据' }).click();
  await page.locator('[id^="metric-field"]').last().click();
  await page.getByRole('option', { name: '参学率（%）' }).click();
  await page.locator('input[id^="value-field"]').last().fill('120');
  await save(page);
  await expect(page.locator('#desk-checks')).toContainText('有 1 个错误');
  await expect(page.locator('#desk-checks')).toContainText('参学率（participation-rate） 是百分比，应在 0 到 100 之间，收到 120');
  await expect(page.locator('input[id^="value-field"]').last()).toHaveValue('120');
});

const EDITS = [
  { path: 'reports/yangquan-city/2022-deeds.mdx', label: '标题', line: 'title: "阳泉市2022年民族团结进步创建事迹材料"' },
  { path: 'units/hoxud-highway-branch.mdx', label: '单位名称', line: 'name: "和硕县公路管理分局"' },
];
for (const { path, label, line } of EDITS) {
  test(`saving ${path} after changing one field rewrites that line and nothing else`, async ({ page }) => {
    test.setTimeout(120_000);
    const before = contentFile(path);
    expect(before).toContain(`\n${line}\n`);
    const [collection, ...slug] = path.replace(/\.mdx$/, '').split('/');
    await signIn(page, `#/collections/${collection}/entries/${slug.join('/')}`);
    const field = page.getByLabel(label, { exact: true });
    await expect(field).not.toHaveValue('', { timeout: 60_000 });
    await field.press('End');
    await field.pressSequentially('（修订）');
    await save(page);
    expect(contentFile(path)).toBe(before.replace(line, line.replace(/"$/, '（修订）"')));
    const preview = page.getByRole('link', { name: '查看发布' });
    await expect(preview).toHaveAttribute('href', `http://127.0.0.1:${PORT}/${path.replace(/\.mdx$/, '')}/`);
  });
}

test("a .docx report imported from the desk becomes a draft entry, with the importer's warnings, that opens in the form", async ({ page }) => {
  test.setTimeout(180_000);
  const text = readFileSync(join(projectRoot, '../shared/corpus/raw/000_d972c68f3068e1b8.txt'), 'utf8');
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] }));
  // The report's year is a placeholder (202_年): the importer takes this year and warns.
  const year = new Date().getFullYear();
  await signIn(page);
  await page.getByRole('button', { name: '导入材料' }).click();
  await page.getByLabel('选择文件').setInputFiles({
    name: '公路分局工作总结.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docx,
  });
  const panel = page.getByRole('region', { name: '导入材料' });
  await expect(panel).toContainText('导入了 1 篇草稿', { timeout: 90_000 });
  await expect(panel).toContainText('单位是推断的');
  const draft = contentFile(`reports/hoxud-highway-branch/${year}-work-summary.mdx`);
  expect(draft).toContain('draft: true');
  expect(draft).toContain('source: "公路分局工作总结.docx"');
  // The title names the unit as the desk now has it (an earlier test renamed it).
  const opened = panel.getByRole('link', { name: new RegExp(`公路管理分局.*${year}年民族团结进步创建工作总结`) });
  const title = await opened.textContent();
  await opened.click();
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue(title ?? '', { timeout: 60_000 });
});

test('Ctrl+C on npm run desk stops the dev site and decap-server', async () => {
  expect(existsSync(root)).toBe(true);
  const stopped = new Promise<number | null>((done) => desk.on('exit', done));
  desk.kill('SIGINT');
  expect(await stopped).toBe(0);
  for (const port of [PORT, 8098]) await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
});
