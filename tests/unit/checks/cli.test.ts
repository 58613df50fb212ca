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
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^检查了 \d+ 个文件：0 个错误，\d+ 个警告。可以发布。$/);
  });

  it('exits 1 over the raw corpus, one finding per line in file:line:column form', () => {
    const { status, stdout } = runLint([CORPUS_DIR]);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/000_d972c68f3068e1b8\.txt:1:2 {2}错误 {2}placeholder {2}「202_年」是年份占位符（改法：.+）$/);
    expect(lines.at(-1)).toMatch(/有错误，改正后才能发布。$/);
  });

  it('prints only JSON with --json', () => {
    const { status, stdout } = runLint(['--json', join(CORPUS_DIR, '002_a1f593863f0cda20.txt')]);
    expect(status).toBe(1);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['findings', 'errorCount', 'warningCount', 'fileCount']);
    expect(result.fileCount).toBe(1);
    expect(Object.keys(result.findings[0])).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message', 'hint']);
    expect(result.findings.some((f: { rule: string }) => f.rule === 'missing-number')).toBe(true);
  });

  it('exits 0 when a file has only warnings, and lints a draft only with --all', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lint-cli-'));
    const file = join(folder, 'draft.mdx');
    writeFileSync(file, '---\nunit: demo\nyear: 2023\ndraft: true\n---\n\n某某局开展活动。\n');
    expect(runLint([file]).status).toBe(0);
    expect(runLint(['--all', file]).status).toBe(1);
  });

  it('exits 2 on an unknown option', () => {
    const { status, stderr } = runLint(['--bogus']);
    expect(status).toBe(2);
    expect(stderr).toContain('用法');
  });
});
