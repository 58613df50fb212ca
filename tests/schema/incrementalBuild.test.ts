import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProjectWithoutContent } from '../../tools/projectCopy.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const root = mkdtempSync(join(tmpdir(), 'showcase-incremental-'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

const unit = (name: string, type: string) => `---\nname: ${name}\ntype: ${type}\nregion: [宁夏回族自治区, 吴忠市, 红寺堡区]\n---\n单位简介。\n`;

/** A report with one figure; `body` follows the frontmatter. */
const report = (unitId: string, metric: string, value: number, body: string) =>
  `---\nunit: ${unitId}\ntitle: ${unitId} 2023年民族团结进步创建工作总结\nyear: 2023\nkind: 工作总结\nsummary: 全年开展民族团结宣传教育活动的情况总结。\nmetrics:\n  - metric: ${metric}\n    value: ${value}\n---\n${body}\n`;

const CONTENT: Record<string, string> = {
  'units/alpha.md': unit('红寺堡区民族宗教事务局', '机关'),
  'units/beta.md': unit('红寺堡区第一小学', '学校'),
  // Alpha's body charts every unit's funds; its own figure is another metric, and beta is no peer of it.
  'reports/alpha/2023-summary.mdx': report('alpha', 'events', 12, '全年开展民族团结宣传教育活动。\n\n<MetricChart metric="funds" />'),
  'reports/beta/2023-summary.md': report('beta', 'funds', 90, '全年开展民族团结宣传教育活动。'),
};

function build(): void {
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

const alphaPage = () => readFileSync(join(root, 'dist/reports/alpha/2023-summary/index.html'), 'utf8');

describe('Astro’s incremental build keeps no page stale', { timeout: 240_000 }, () => {
  it('renders again a report whose body charts other reports’ figures when one of them changes, as a fresh build would', () => {
    copyProjectWithoutContent(root, 'experimental: { ...config.experimental, incrementalBuild: true }');
    for (const [path, text] of Object.entries(CONTENT)) {
      mkdirSync(dirname(join(root, 'src/content', path)), { recursive: true });
      writeFileSync(join(root, 'src/content', path), text);
    }
    build();
    const before = alphaPage();

    writeFileSync(
      join(root, 'src/content/reports/beta/2023-summary.md'),
      CONTENT['reports/beta/2023-summary.md']!.replace('value: 90', 'value: 777'),
    );
    build();
    const rebuilt = alphaPage();
    expect(rebuilt).not.toBe(before);

    rmSync(join(root, 'dist'), { recursive: true });
    rmSync(join(root, '.astro-cache'), { recursive: true });
    build();
    expect(rebuilt).toBe(alphaPage());
  });
});
