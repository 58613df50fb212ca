import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

/** What of the real project a fixture site is built with: everything but the sample content. */
const PROJECT_FILES = ['tsconfig.json', 'public', 'integrations', 'tools', 'src'];
const SAMPLE_CONTENT = [join(projectRoot, 'src/content/units'), join(projectRoot, 'src/content/reports')];

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
    for (const file of PROJECT_FILES) {
      cpSync(join(projectRoot, file), join(root, file), {
        recursive: true,
        filter: (source) => !SAMPLE_CONTENT.some((folder) => source.startsWith(folder)),
      });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
    // The real config, with Astro's cache kept inside the temporary copy: the shared
    // node_modules/.astro would otherwise mix the fixture's entries into the project's.
    cpSync(join(projectRoot, 'astro.config.mjs'), join(root, 'astro.project.mjs'));
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import config from './astro.project.mjs';\nexport default { ...config, cacheDir: './.astro-cache' };\n",
    );
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
