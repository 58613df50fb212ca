import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../import/corpusFiles.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Runs the linter as `npm run lint:content` does: Node 22 stripping the types, from the project root. */
function runLint(args: string[]) {
  const run = spawnSync(process.execPath, ['tools/lintContent.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test starts Node processes; a busy machine (a parallel build) can take seconds.
describe('lint:content CLI', { timeout: 30_000 }, () => {
  it('exits 0 over the sample showcase and ends with the summary', () => {
    const { status, stdout, stderr } = runLint([]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.at(-2)).toMatch(/^检查了 \d+ 个文件：0 个错误，\d+ 个提示。可以发布。$/);
    expect(lines.at(-1)).toMatch(/^发布 29 篇；草稿 1 篇；禁发期内 1 篇（最早 \d{4}-\d\d-\d\d 解禁）。单位 12 个。$/);
  });

  it('exits 1 over the raw corpus, one finding per line in 文件:行 字段 — problem — fix form', () => {
    const { status, stdout } = runLint([CORPUS_DIR]);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^【错误】.*000_d972c68f3068e1b8\.txt:1 正文 — 「202_年」是年份占位符 — .+〔placeholder〕$/);
    expect(lines.at(-2)).toMatch(/有错误，改正后才能发布。$/);
  });

  it('prints only JSON with --json', () => {
    const { status, stdout } = runLint(['--json', join(CORPUS_DIR, '002_a1f593863f0cda20.txt')]);
    expect(status).toBe(1);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['findings', 'errorCount', 'warningCount', 'fileCount', 'publication']);
    expect(result.fileCount).toBe(2);
    expect(Object.keys(result.findings[0])).toEqual(expect.arrayContaining(['file', 'line', 'column', 'severity', 'rule', 'message', 'hint']));
    expect(result.findings.some((f: { rule: string }) => f.rule === 'missing-number')).toBe(true);
  });

  it('exits 0 when a file has only warnings, and lints a draft only with --all', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lint-cli-'));
    const file = join(folder, 'draft.mdx');
    writeFileSync(
      file,
      '---\nunit: demo\ntitle: 示范局工作总结\nyear: 2023\nkind: 工作总结\nsummary: 示范局全年开展民族团结活动的总结。\ndraft: true\n---\n\n某某局开展活动。\n',
    );
    expect(runLint([file]).status).toBe(0);
    expect(runLint(['--all', file]).status).toBe(1);
  });

  it('exits 2 on an unknown option', () => {
    const { status, stderr } = runLint(['--bogus']);
    expect(status).toBe(2);
    expect(stderr).toContain('用法');
  });
});
