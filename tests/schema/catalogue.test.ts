import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProjectWithoutContent } from '../../tools/projectCopy.ts';
import { BAD_INPUTS, contentOf, GOOD_INPUTS, type Files } from '../catalogue/badInput.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
const copies: string[] = [];

afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** A copy of the project whose content is the catalogue's showcase with `files` laid over it. */
function projectWith(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), 'showcase-catalogue-'));
  copies.push(root);
  copyProjectWithoutContent(root);
  for (const [path, text] of Object.entries(contentOf(files))) {
    const target = join(root, 'src/content', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}

/** A hash of every file an editor owns (src/), to prove the checks changed none. */
function contentHash(root: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hash.update(path).update(readFileSync(path));
  }
  return hash.digest('hex');
}

const run = (root: string, args: string[]) => {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: ENV });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

describe('every mistake of the catalogue is refused by the lint and the build with the same Chinese message', { timeout: 180_000 }, () => {
  it.each(BAD_INPUTS)('$mistake', ({ files, expect: where }) => {
    const root = projectWith(files);
    const before = contentHash(root);

    const lint = run(root, ['tools/lintContent.ts']);
    expect(lint.status, lint.output).toBe(1);
    const prefix = `【错误】${where.file}:${where.line} ${where.field ?? ''}`;
    const line = lint.output.split('\n').find((text) => text.startsWith(prefix) && text.includes(where.says));
    expect(line, `lint printed:\n${lint.output}`).toBeDefined();
    expect(lint.output).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);

    const build = run(root, [astro, 'build']);
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain(line);
    expect(build.output).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(join(root, 'dist'))).toBe(false);

    expect(contentHash(root)).toBe(before);
  });
});

describe('files that only look unusual publish', { timeout: 180_000 }, () => {
  it.each(GOOD_INPUTS)('$variant', ({ files }) => {
    const root = projectWith(files);
    const lint = run(root, ['tools/lintContent.ts']);
    expect(lint.status, lint.output).toBe(0);
    const build = run(root, [astro, 'build']);
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(root, 'dist/reports/test-bureau/2023-work-summary/index.html'), 'utf8');
    expect(page).toContain('红寺堡区民族宗教事务局2023年民族团结进步创建工作总结');
    expect(page).not.toContain('\uFFFD');
  });
});

describe('npm run build (tools/build.ts), which checks the content beside Astro, says the same', { timeout: 180_000 }, () => {
  const cases = BAD_INPUTS.filter(({ mistake }) =>
    ['不存在的日期（未加引号）', '文件存成 GB18030 编码', '同一单位编号有 .md 和 .mdx 两个文件'].includes(mistake),
  );

  it.each(cases)('$mistake: only the checks speak, and nothing is built', ({ files, expect: where }) => {
    const root = projectWith(files);
    const lint = run(root, ['tools/lintContent.ts']);
    const prefix = `【错误】${where.file}:${where.line} ${where.field ?? ''}`;
    const line = lint.output.split('\n').find((text) => text.startsWith(prefix) && text.includes(where.says));
    expect(line, lint.output).toBeDefined();

    const build = run(root, ['tools/build.ts']);
    expect(build.status, build.output).toBe(1);
    expect(build.output).toContain(`[ERROR] [unity-showcase:content-checks] ${line}`);
    expect(build.output).toContain('已停止构建');
    // Astro, started beside the checks, was stopped before anything it printed was shown.
    expect(build.output).not.toMatch(/\[(build|content|types)\]/);
    expect(build.output).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('builds clean content: the checks first, then Astro, the index, and what was published last', () => {
    const root = projectWith({});
    const build = run(root, ['tools/build.ts']);
    expect(build.status, build.output).toBe(0);
    const lines = build.output.trim().split('\n');
    const at = (words: string) => lines.findIndex((text) => text.includes(words));
    expect(at('[unity-showcase:content-checks] 检查了 3 个文件：0 个错误')).toBeGreaterThan(-1);
    expect(at('[unity-showcase:content-checks] 检查了')).toBeLessThan(at('[build]'));
    expect(at('[unity-showcase:pagefind] search index: indexed')).toBeGreaterThan(at('[build] Complete!'));
    expect(lines.at(-1)).toMatch(/\[unity-showcase:content-checks\] 发布 1 篇；草稿 0 篇；禁发期内 0 篇。单位 1 个。$/);
    expect(existsSync(join(root, 'dist/pagefind/pagefind.js'))).toBe(true);
  });
});
