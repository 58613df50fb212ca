import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkChanges } from '../../../src/desk/checkChanges.ts';
import { changesOf, createSaveGate } from '../../../src/desk/saveGate.ts';

const root = resolve(import.meta.dirname, '../../..');
const REPORT = 'src/content/reports/hoxud-highway-branch/2021-work-summary.mdx';
const UNIT = 'src/content/units/hoxud-highway-branch.mdx';
const report = readFileSync(resolve(root, REPORT), 'utf8');
const unit = readFileSync(resolve(root, UNIT), 'utf8');
const withRate = (value: number) => report.replace('metrics:\n', `metrics:\n  - metric: participation-rate\n    value: ${value}\n`);
const persist = (path: string, raw: string, assets: { path: string }[] = []) => ({
  action: 'persistEntry',
  params: { entry: { path, raw }, assets, options: {} },
});

describe('which files a decap-server request changes', () => {
  test('a saved entry, a moved one, its pictures and deletions; reads change nothing', () => {
    expect(changesOf(persist(REPORT, 'x', [{ path: 'src/assets/content/a.png' }]))).toEqual([
      { path: REPORT, raw: 'x' },
      { path: 'src/assets/content/a.png', asset: true },
    ]);
    expect(changesOf({ action: 'persistEntry', params: { dataFiles: [{ path: 'a.mdx', raw: 'x', newPath: 'b.mdx' }], assets: [] } })).toEqual([
      { path: 'b.mdx', raw: 'x' },
      { path: 'a.mdx' },
    ]);
    expect(changesOf({ action: 'deleteFiles', params: { paths: [UNIT] } })).toEqual([{ path: UNIT }]);
    expect(changesOf({ action: 'entriesByFolder', params: { folder: 'src/content/units' } })).toEqual([]);
  });
});

describe('the save gate', { timeout: 60_000 }, () => {
  test("refuses an entry with a rate over 100, with the checks' Chinese line", async () => {
    const another = withRate(120).replace('year: 2021', 'year: 2019');
    const refusal = await createSaveGate(root).refusal(persist(REPORT.replace('2021-work-summary', '2019-work-summary'), another));
    expect(refusal).toMatch(/^有 1 个错误，没有保存：\n【错误】src\/content\/reports\/hoxud-highway-branch\/2019-work-summary\.mdx:\d+ metrics/);
    expect(refusal).toContain('参学率（participation-rate） 是百分比，应在 0 到 100 之间，收到 120');
  });

  test('lets the same entry through once the rate is fixed', async () => {
    expect(await createSaveGate(root).refusal(persist(REPORT, withRate(95)))).toBeUndefined();
  });

  test('refuses deleting a unit its reports name, and lets a read through', async () => {
    const gate = createSaveGate(root);
    expect(await gate.refusal({ action: 'deleteFile', params: { path: UNIT } })).toContain('hoxud-highway-branch');
    expect(await gate.refusal({ action: 'getMedia', params: {} })).toBeUndefined();
  });

  test('a change the page checked and found clean is let through; one it found wrong is checked again and refused', async () => {
    const gate = createSaveGate(root);
    const clean = await gate.check([{ path: REPORT, raw: withRate(95) }]);
    expect(clean.errorCount).toBe(0);
    expect(await gate.refusal(persist(REPORT, withRate(95)))).toBeUndefined();
    const wrong = await gate.check([{ path: REPORT, raw: withRate(120) }]);
    expect(wrong.lines.filter((line) => line.startsWith('【错误】'))).toHaveLength(1);
    expect(await gate.refusal(persist(REPORT, withRate(120)))).toContain('收到 120');
  });

  test('refuses a path outside the content and the pictures', async () => {
    await expect(checkChanges(root, [{ path: '../outside.mdx', raw: '' }])).rejects.toThrow('只能修改');
    await expect(checkChanges(root, [{ path: 'astro.config.mjs', raw: '' }])).rejects.toThrow('只能修改');
  });
});

describe('the checks over a change', { timeout: 60_000 }, () => {
  const newLogo = unit.replace('hoxud-highway-branch-logo.png', 'hoxud-highway-branch-new-logo.png');

  test('a picture uploaded with the entry counts as there; one that is not fails as the build would', async () => {
    const uploaded = await checkChanges(root, [
      { path: UNIT, raw: newLogo },
      { path: 'src/assets/content/hoxud-highway-branch-new-logo.png', asset: true },
    ]);
    expect(uploaded.errorCount).toBe(0);
    const missing = await checkChanges(root, [{ path: UNIT, raw: newLogo }]);
    expect(missing.lines.join('\n')).toContain('图片「../../assets/content/hoxud-highway-branch-new-logo.png」不存在');
  });

  test('the working tree is never touched', async () => {
    await checkChanges(root, [{ path: REPORT, raw: withRate(120) }, { path: UNIT }]);
    expect(readFileSync(resolve(root, REPORT), 'utf8')).toBe(report);
    expect(readFileSync(resolve(root, UNIT), 'utf8')).toBe(unit);
  });
});
