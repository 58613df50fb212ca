import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { copyProjectWithoutContent } from '../../tools/projectCopy.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  ok: boolean;
  output: string;
}

/**
 * Builds the project's real config, schema and pages over the given content files
 * (paths relative to src/content/) in a temporary copy, and returns what astro printed.
 * `inspect` sees the built dist/ before the copy is removed.
 */
export function buildWithContent(content: Record<string, string>, inspect?: (distDir: string) => void): BuildResult {
  const root = mkdtempSync(join(tmpdir(), 'showcase-schema-'));
  try {
    copyProjectWithoutContent(root);
    for (const [path, text] of Object.entries(content)) {
      const target = join(root, 'src/content', path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
    const run = spawnSync(process.execPath, [astro, 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    if (run.status === 0) inspect?.(join(root, 'dist'));
    return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export const validUnit = `---
name: 测试县民族宗教事务局
type: 机关
region: [宁夏回族自治区, 吴忠市, 红寺堡区]
---
单位简介。
`;

export function reportWith(frontmatter: Record<string, string | undefined>): string {
  const fields: Record<string, string | undefined> = {
    unit: 'test-bureau',
    title: '测试局2023年民族团结进步创建工作总结',
    year: '2023',
    kind: '工作总结',
    summary: '测试局全年开展民族团结宣传教育活动的情况总结。',
    ...frontmatter,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n全年开展民族团结宣传教育活动。\n`;
}
