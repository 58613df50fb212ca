/**
 * `npm run build [-- astro build flags]`: `astro build`, with the content checks and the
 * search index run in this process instead of Astro's.
 * - The checks (src/checks) run here while Astro starts and syncs its content in its own
 *   process, on the other core. Astro's output is held until they are done: a content
 *   error stops Astro and prints only the checks' Chinese lines, as a bare `astro build`
 *   does; otherwise Astro's held lines follow the checks'.
 * - The search index is built here once Astro has exited. Astro holds about 3.3 GB at the
 *   end of a 10,000-report build and pagefind up to 2.6 GB for a part of 3,500 pages;
 *   one after the other, the build's peak is the larger of the two, not their sum.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lintContent, formatPublication } from '../src/checks/lintContent.ts';
import { CONTENT_CHECKS_BY_PARENT, report, stopMessage, verbose, type ChecksLogger } from '../integrations/contentChecks.ts';
import { buildSearchIndex, indexedLine, SEARCH_INDEX_JOB, type SearchIndexJob } from '../integrations/pagefind.ts';
import { pagefindCli } from '../integrations/pagefindCli.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const handOver = mkdtempSync(join(tmpdir(), 'showcase-build-'));
const jobFile = join(handOver, 'search-index.json');

/** Lines as Astro's logger prints them (time, level, label), errors to stderr. */
function astroStyleLogger(label: string): ChecksLogger {
  const line = (level: string, stream: NodeJS.WriteStream) => (message: string) => {
    stream.write(`${new Date().toTimeString().slice(0, 8)}${level} [${label}] ${message}\n`);
  };
  return { info: line('', process.stdout), warn: line(' [WARN]', process.stdout), error: line(' [ERROR]', process.stderr) };
}

/** Starts `astro build`, keeping what it prints until `release()`; `discard()` drops it and stops Astro. */
function startAstro(args: string[]) {
  const astro = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...process.env, [SEARCH_INDEX_JOB]: jobFile, [CONTENT_CHECKS_BY_PARENT]: '1' },
  });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => (held ? held.push([stream, chunk]) : stream.write(chunk));
  astro.stdout.on('data', forward(process.stdout));
  astro.stderr.on('data', forward(process.stderr));
  const exited = new Promise<number>((done) => astro.on('close', (code) => done(code ?? 1)));
  return {
    exited,
    release() {
      for (const [stream, chunk] of held ?? []) stream.write(chunk);
      held = undefined;
    },
    discard() {
      held = [];
      astro.kill();
    },
  };
}

/**
 * Runs the checks and prints their findings; keeps only the closing summary, so the
 * entries they read (about 700 MB at 10,000 reports) are freed before the index is built.
 */
async function checkContent(logger: ChecksLogger): Promise<{ errorCount: number; publication: string }> {
  const result = await lintContent({ root: projectRoot });
  report(result, logger);
  return { errorCount: result.errorCount, publication: formatPublication(result.publication, verbose()) };
}

try {
  const astro = startAstro(process.argv.slice(2));
  const checks = astroStyleLogger('unity-showcase:content-checks');
  const result = await checkContent(checks);
  if (result.errorCount > 0) {
    astro.discard();
    await astro.exited;
    checks.error(stopMessage(result.errorCount));
    process.exitCode = 1;
  } else {
    astro.release();
    const status = await astro.exited;
    if (status === 0) {
      const job = JSON.parse(readFileSync(jobFile, 'utf8')) as SearchIndexJob;
      const done = await buildSearchIndex(job.siteDir, pagefindCli(job.pagefindBin), job);
      astroStyleLogger('unity-showcase:pagefind').info(indexedLine(done, job.cacheDir));
      // The build's last word says what it published and what it held back.
      checks.info(result.publication);
    } else {
      // Astro has printed why it failed; its exit code is the build's.
      process.exitCode = status;
    }
  }
} finally {
  rmSync(handOver, { recursive: true, force: true });
}
