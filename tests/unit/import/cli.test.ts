import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusFiles } from './corpusFiles.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Runs the importer as editors do (npm run import), from the project root. */
function runImport(args: string[], { viaNpm = false } = {}) {
  // npm itself takes a second to start; only the test of the exact npm command pays for it.
  const run = viaNpm
    ? spawnSync('npm', ['run', '--silent', 'import', '--', ...args], { cwd: root, encoding: 'utf8' })
    : spawnSync(process.execPath, ['tools/import/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const listFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();

describe('npm run import', { timeout: 30_000 }, () => {
  it('prints exactly the JSON report with --dry-run --json, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const file = join(CORPUS_DIR, corpusFiles[0]!);
    const { status, stdout } = runImport(['--dry-run', '--json', '--out', out, file], { viaNpm: true });
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['entries', 'errors']);
    expect(report.errors).toEqual([]);
    const [entry] = report.entries;
    expect(Object.keys(entry)).toEqual(['title', 'unit', 'year', 'kind', 'file', 'metrics', 'candidates', 'warnings']);
    expect(Object.keys(entry.metrics[0])).toEqual(['metric', 'value', 'unit', 'note']);
    expect(Object.keys(entry.candidates[0])).toEqual(['value', 'unit', 'note']);
    expect(entry.file).toBe(file);
    expect(listFiles(out)).toEqual([]);
  });

  it('imports good files next to bad ones, names each bad file and its reason, and exits non-zero', () => {
    const sources = mkdtempSync(join(tmpdir(), 'import-sources-'));
    const out = mkdtempSync(join(tmpdir(), 'import-out-'));
    copyFileSync(join(CORPUS_DIR, corpusFiles[1]!), join(sources, 'good.txt'));
    writeFileSync(join(sources, 'empty.txt'), '');
    writeFileSync(join(sources, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0xff, 0xd8, 0xff, 0, 0, 7, 8]));
    writeFileSync(join(sources, 'corrupt.docx'), 'not a zip');
    const { status, stdout } = runImport(['--json', '--out', out, sources]);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.entries).toHaveLength(2);
    expect(report.errors.map((error: { file: string }) => error.file.split('/').pop()).sort()).toEqual(['binary.txt', 'corrupt.docx', 'empty.txt']);
    for (const error of report.errors) expect(error.message).toMatch(/空|二进制|编码|Word/);
    expect(listFiles(out).map((path) => path.slice(out.length))).toEqual(
      [
        '/reports/otog-petition-bureau/2023-activity-summary.mdx',
        `/reports/otog-petition-bureau/${new Date().getFullYear()}-activity-summary.mdx`,
      ].sort(),
    );
  });

  it('never overwrites an existing file unless --force, and says so', () => {
    const out = mkdtempSync(join(tmpdir(), 'import-clash-'));
    const file = join(CORPUS_DIR, corpusFiles[0]!);
    expect(runImport(['--out', out, file]).status).toBe(0);
    const [written] = listFiles(out);
    writeFileSync(written!, 'edited by an editor');

    const again = runImport(['--out', out, file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已存在，没有覆盖');
    expect(readFileSync(written!, 'utf8')).toBe('edited by an editor');

    expect(runImport(['--force', '--out', out, file]).status).toBe(0);
    expect(readFileSync(written!, 'utf8')).toContain('draft: true');
  });
});
