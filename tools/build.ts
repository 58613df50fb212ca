/**
 * `npm run build [-- astro build flags]`: `astro build`, then the search index in this
 * process once Astro has exited. Astro holds about 3.3 GB at the end of a
 * 10,000-report build and pagefind's service up to 0.8 MB per page it indexes; one
 * after the other, the build's peak is the larger of the two, not their sum.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as Pagefind from 'pagefind';
import { buildSearchIndex, indexedLine, SEARCH_INDEX_JOB, type SearchIndexJob } from '../integrations/pagefind.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const handOver = mkdtempSync(join(tmpdir(), 'showcase-build-'));
const jobFile = join(handOver, 'search-index.json');
try {
  const astro = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [SEARCH_INDEX_JOB]: jobFile },
  });
  if (astro.status === 0) {
    const job = JSON.parse(readFileSync(jobFile, 'utf8')) as SearchIndexJob;
    const done = await buildSearchIndex(job.siteDir, Pagefind, job);
    const time = new Date().toTimeString().slice(0, 8);
    console.log(`${time} [unity-showcase:pagefind] ${indexedLine(done, job.cacheDir)}`);
  } else {
    // Astro has printed why it failed; its exit code is the build's.
    process.exitCode = astro.status ?? 1;
  }
} finally {
  rmSync(handOver, { recursive: true, force: true });
}
