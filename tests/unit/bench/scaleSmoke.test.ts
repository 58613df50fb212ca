import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../../..');

describe('npm run bench (tools/bench/scale.ts) at 50 reports', () => {
  it('builds the showcase, the baseline and a rebuild, and prints every figure', () => {
    const run = spawnSync(process.execPath, ['tools/bench/scale.ts', '--reports', '50', '--rebuild', '--clauses', '8', '--words', '4'], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 390_000,
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
      /8 clauses of 5–10 characters each held by one report only: recall@1 \d+\/8 \(\d+ %\), recall@5 \d+\/8 \(\d+ %\); bytes per query median [\d.]+ KB, max [\d.]+ KB/,
      /median bytes per query by kind: page [\d.]+ KB, code [\d.]+ KB, index [\d.]+ KB, filter [\d.]+ KB, fragment [\d.]+ KB, exact [\d.]+ KB/,
      /4 common words, results \/ pages holding the word: \d+ exact; (\p{Script=Han}+ \d+\/\d+, ){3}\p{Script=Han}+ \d+\/\d+; bytes per query median [\d.]+ KB/u,
      /ours \/ baseline: time [\d.]+ ×, peak memory [\d.]+ ×/,
      /rebuild after editing .*\n\s+wall [\d.]+ s \([\d.]+ % of the first build\)/,
      /the same content built afresh in [\d.]+ s: \d+ of \d+ files differ from the rebuild's dist\//,
    ]) {
      expect(output).toMatch(figure);
    }
  }, 400_000);
});
