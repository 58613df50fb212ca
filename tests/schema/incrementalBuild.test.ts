import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { differingFiles } from '../../tools/bench/scaleReport.ts';
import { copyProjectWithoutContent } from '../../tools/projectCopy.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const root = mkdtempSync(join(tmpdir(), 'showcase-incremental-'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

const unit = (name: string, type: string) => `---\nname: ${name}\ntype: ${type}\nregion: [宁夏回族自治区, 吴忠市, 红寺堡区]\n---\n单位简介。\n`;

/** A report with one figure and a tag; `body` follows the frontmatter. */
const report = (unitId: string, metric: string, value: number, body: string) =>
  `---\nunit: ${unitId}\ntitle: ${unitId} 2023年民族团结进步创建工作总结\nyear: 2023\nkind: 工作总结\nsummary: 全年开展民族团结宣传教育活动的情况总结。\ntags: [宣传教育]\nmetrics:\n  - metric: ${metric}\n    value: ${value}\n---\n${body}\n`;

const CONTENT: Record<string, string> = {
  'units/alpha.md': unit('红寺堡区民族宗教事务局', '机关'),
  'units/beta.md': unit('红寺堡区第一小学', '学校'),
  'units/gamma.md': unit('红寺堡区第三小学', '学校'),
  // Alpha's body charts every unit's funds; its own figure is another metric, and beta is no peer of it.
  'reports/alpha/2023-summary.mdx': report('alpha', 'events', 12, '全年开展民族团结宣传教育活动。\n\n<MetricChart metric="funds" />'),
  'reports/beta/2023-summary.md': report('beta', 'funds', 90, '全年开展民族团结宣传教育活动。'),
  // Gamma is beta's peer: its report's chart draws the average of the schools' funds.
  'reports/gamma/2023-summary.md': report('gamma', 'funds', 30, '全年开展民族团结宣传教育活动。'),
};

const content = (path: string) => join(root, 'src/content', path);

/** Builds, and returns what Astro printed. */
function build(): string {
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

const page = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');

/** The files of the incremental rebuild's dist/ that a build without caches writes differently; the caches are kept for the next edit. */
function differingFromFreshBuild(): string[] {
  renameSync(join(root, 'dist'), join(root, 'dist-rebuilt'));
  renameSync(join(root, '.astro-cache'), join(root, 'cache-kept'));
  build();
  const differing = differingFiles(join(root, 'dist-rebuilt'), join(root, 'dist'));
  rmSync(join(root, 'dist'), { recursive: true });
  rmSync(join(root, '.astro-cache'), { recursive: true });
  renameSync(join(root, 'dist-rebuilt'), join(root, 'dist'));
  renameSync(join(root, 'cache-kept'), join(root, '.astro-cache'));
  return differing;
}

/**
 * Each edit changes what other pages show (a figure other pages chart, a title the
 * unit, year, tag and region lists show, a unit's name every list of its reports
 * shows, a report taken down); after each, the incremental rebuild must write what a fresh build writes.
 */
describe('Astro’s incremental build keeps no page stale', { timeout: 480_000 }, () => {
  it('writes after each edit the same files as a build without caches', () => {
    copyProjectWithoutContent(root, 'experimental: { ...config.experimental, incrementalBuild: true }');
    for (const [path, text] of Object.entries(CONTENT)) {
      mkdirSync(dirname(content(path)), { recursive: true });
      writeFileSync(content(path), text);
    }
    build();

    const alphaReport = 'reports/alpha/2023-summary/index.html';
    const gammaReport = 'reports/gamma/2023-summary/index.html';
    const [alphaBefore, gammaBefore] = [page(alphaReport), page(gammaReport)];
    writeFileSync(content('reports/beta/2023-summary.md'), CONTENT['reports/beta/2023-summary.md']!.replace('value: 90', 'value: 777'));
    build();
    expect(page(alphaReport)).not.toBe(alphaBefore);
    expect(page(gammaReport)).not.toBe(gammaBefore);
    expect(differingFromFreshBuild()).toEqual([]);

    const yearPage = 'years/2023/index.html';
    writeFileSync(
      content('reports/beta/2023-summary.md'),
      readFileSync(content('reports/beta/2023-summary.md'), 'utf8').replace('title: beta', 'title: 更名后 beta'),
    );
    build();
    expect(page(yearPage)).toContain('更名后 beta');
    expect(differingFromFreshBuild()).toEqual([]);

    writeFileSync(content('units/beta.md'), CONTENT['units/beta.md']!.replace('第一小学', '第二小学'));
    const log = build();
    expect(page(yearPage)).toContain('红寺堡区第二小学');
    expect(differingFromFreshBuild()).toEqual([]);
    // Pages nothing changed stayed in dist/ (previousOutput.ts), like the events ranking, which lists alpha only: Astro says "cached", not "restored".
    expect(log).toMatch(/\/metrics\/events\/index\.html \(cached\)/);
    expect(log).not.toContain('(restored)');

    rmSync(content('reports/beta/2023-summary.md'));
    build();
    expect(existsSync(join(root, 'dist/reports/beta/2023-summary/index.html'))).toBe(false);
    expect(differingFromFreshBuild()).toEqual([]);
  });
});
