import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../../..');

describe('npm run bench (tools/bench/scale.ts) at 50 reports', () => {
  it('builds the showcase, the baseline and a rebuild, and prints every figure', () => {
    const run = spawnSync(process.execPath, ['tools/bench/scale.ts', '--reports', '50', '--rebuild'], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 170_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    for (const figure of [
      /phases: checks [\d.]+ s \(peak \d+ MB\), content sync [\d.]+ s .*bundle [\d.]+ s .*render [\d.]+ s .*search index [\d.]+ s/,
      /pages \d+: [\d.]+ pages\/s overall, [\d.]+ pages\/s rendering/,
      /peak memory \(process tree RSS\) \d+ MB/,
      /dist\/ \d+ MB; search index \d+ MB in \d+ files, 1 part: \d+ index chunks/,
      /first query 「.+」 on \/search\/: [\d.]+ KB fetched, text gzipped \(page [\d.]+ KB, code [\d.]+ KB, index [\d.]+ KB/,
      /astro build [\d.]+ s \(peak \d+ MB\), pagefind CLI [\d.]+ s \(peak \d+ MB\)/,
      /ours \/ baseline: time [\d.]+ ×, peak memory [\d.]+ ×/,
      /rebuild after editing .*\n\s+wall [\d.]+ s/,
    ]) {
      expect(output).toMatch(figure);
    }
  }, 180_000);
});
