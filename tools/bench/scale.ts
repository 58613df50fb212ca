/**
 * How the build scales: generates a synthetic showcase of N reports across N/20
 * units in a temporary directory, builds it with the project's real pipeline (config,
 * integrations, content lint, search index), and prints per-phase wall time and peak
 * memory (RSS of the whole process tree), pages per second, dist/ and search index
 * sizes, and the bytes of a first search in Chromium. In the same run it builds a
 * baseline — the same report files in a bare Astro + @astrojs/mdx site, then the
 * pagefind CLI — and prints our time and memory as a ratio to it. With --rebuild the
 * showcase is built with Astro's experimental incremental build turned on, then one
 * report is edited and a second build is timed, then the same content is built afresh
 * (no caches) and the two dist/ trees are compared file by file.
 *
 * In Chromium it measures the first query's bytes, then search quality: for
 * --clauses reports drawn with a fixed seed, a clause of 5–10 characters no other page
 * holds, typed into /search/ (recall@1, recall@5, bytes per query), and --words common
 * words (results against the pages that hold the word).
 *
 *   npm run bench -- --reports 1000      (node tools/bench/scale.ts)
 *   options: --reports N (default 1000), --clauses N (default 200), --words N (default 30), --no-baseline, --no-browser, --rebuild,
 *            --mdx (write the showcase's entries as .mdx, not .md; the baseline's always are),
 *            --keep (leave the temporary directory), --verbose (echo build logs)
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaseline } from './scaleBaseline.ts';
import { runMeasured, type RunResult } from './scaleProcess.ts';
import { firstQueryBytes, FIRST_QUERY, KINDS } from './scaleQuery.ts';
import { searchQuality, indexedPages } from './scaleSearch.ts';
import { commonWords, median, pickClauses } from './searchSample.ts';
import {
  bytesIn,
  differingFiles,
  filesUnder,
  htmlPages,
  kilobytes,
  megabytes,
  percent,
  phaseLine,
  phaseMs,
  phasesOf,
  ratio,
  seconds,
  tail,
} from './scaleReport.ts';
import { generateContent, projectRoot, writeShowcase, REPORTS_PER_UNIT } from './scaleShowcase.ts';

const { values: options } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    clauses: { type: 'string', default: '200' },
    words: { type: 'string', default: '30' },
    'no-baseline': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    mdx: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const reportCount = Number(options.reports);
if (!Number.isInteger(reportCount) || reportCount < 1) {
  console.error(`--reports needs a whole number of reports, got ${options.reports}`);
  process.exit(2);
}

/** Not 4321/4322/4325 (CI's), nor 4338/4339 (the other benches'). */
const QUERY_PORT = 4347;

const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const pagefindCli = join(projectRoot, 'node_modules/.bin/pagefind');

/** The Node options `npm run build` gives the build (see package.json), so the bench builds as editors do. */
function buildEnv(): NodeJS.ProcessEnv {
  const script: string = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts.build;
  const fromScript = script
    .match(/NODE_OPTIONS=(?:'([^']*)'|"([^"]*)"|(\S+))/)
    ?.slice(1)
    .find(Boolean);
  return { NODE_OPTIONS: [process.env.NODE_OPTIONS, fromScript].filter(Boolean).join(' ') };
}

function mustSucceed(run: RunResult, what: string): void {
  if (run.code === 0) return;
  console.error(`${what} failed (exit ${run.code}):\n${tail(run)}`);
  process.exit(1);
}

const perSecond = (count: number, ms?: number) => (ms === undefined ? '—' : (count / (ms / 1000)).toFixed(1));

/** Picks the clauses and words from what the built site indexed, and types them into its search page. */
async function searchQualityOf(dist: string) {
  const pages = indexedPages(dist);
  const clauses = pickClauses(pages, (url) => url.startsWith('/reports/'), Number(options.clauses));
  return searchQuality(showcaseRoot, QUERY_PORT, clauses, commonWords(pages, Number(options.words)));
}

function printSearchQuality({ clauses, words }: Awaited<ReturnType<typeof searchQualityOf>>): void {
  const within = (rank: number) => clauses.filter((outcome) => outcome.rank >= 1 && outcome.rank <= rank).length;
  const bytes = clauses.map((outcome) => outcome.bytes);
  console.log(
    `  ${clauses.length} clauses of 5–10 characters each held by one report only: recall@1 ${within(1)}/${clauses.length} (${percent(within(1), clauses.length)}), recall@5 ${within(5)}/${clauses.length} (${percent(within(5), clauses.length)}); bytes per query median ${kilobytes(median(bytes))}, max ${kilobytes(Math.max(0, ...bytes))}`,
  );
  const kinds = KINDS.map((kind) => `${kind} ${kilobytes(median(clauses.map((outcome) => outcome.byKind[kind] ?? 0)))}`);
  console.log(`    median bytes per query by kind: ${kinds.join(', ')}`);
  const missed = clauses.filter((outcome) => outcome.rank !== 1).slice(0, 5);
  if (missed.length > 0) console.log(`    not first: ${missed.map((outcome) => `「${outcome.clause}」 (${outcome.url})`).join(', ')}`);
  const exact = words.filter((word) => word.results === word.pages).length;
  console.log(
    `  ${words.length} common words, results / pages holding the word: ${exact} exact; ${words.map((word) => `${word.word} ${word.results}/${word.pages}`).join(', ')}; bytes per query median ${kilobytes(median(words.map((word) => word.bytes)))}, max ${kilobytes(Math.max(0, ...words.map((word) => word.bytes)))}`,
  );
}

const temp = mkdtempSync(join(tmpdir(), `showcase-scale-${reportCount}-`));
const showcaseRoot = join(temp, 'showcase');
const baselineRoot = join(temp, 'baseline');
const run = (cwd: string, command: string, args: string[], env?: NodeJS.ProcessEnv) =>
  runMeasured(command, args, { cwd, env, echo: options.verbose });
/** The showcase built as `npm run build` builds it: astro build, then the search index (tools/build.ts). */
const buildShowcase = () => run(showcaseRoot, process.execPath, ['tools/build.ts'], buildEnv());

try {
  console.log(`scale bench: ${reportCount} reports across ${Math.ceil(reportCount / REPORTS_PER_UNIT)} units, in ${temp}`);
  const started = performance.now();
  const content = generateContent(reportCount, options.mdx ? '.mdx' : '.md');
  mkdirSync(showcaseRoot);
  writeShowcase(showcaseRoot, content, { incremental: options.rebuild });
  if (!options['no-baseline']) {
    mkdirSync(baselineRoot);
    writeBaseline(baselineRoot, content);
  }
  console.log(
    `  generated ${content.size} content files (${options.mdx ? '.mdx' : '.md'}; the baseline's .mdx) in ${seconds(performance.now() - started)}`,
  );

  console.log('showcase (the real pipeline: config, integrations, lint, search index)');
  const ours = await buildShowcase();
  mustSucceed(ours, 'showcase build');
  const dist = join(showcaseRoot, 'dist');
  const pages = htmlPages(dist);
  const phases = phasesOf(ours);
  const searchFiles = filesUnder(join(dist, 'pagefind'));
  const countIn = (folder: string) => searchFiles.filter((file) => file.endsWith(`.pf_${folder}`)).length;
  const parts = 1 + (JSON.parse(readFileSync(join(dist, 'pagefind/parts.json'), 'utf8')) as string[]).length;
  console.log(`  wall ${seconds(ours.wallMs)}; phases: ${phaseLine(phases)}`);
  console.log(`  pages ${pages}: ${perSecond(pages, ours.wallMs)} pages/s overall, ${perSecond(pages, phaseMs(phases, 'render'))} pages/s rendering`);
  console.log(`  peak memory (process tree RSS) ${megabytes(ours.peakRssBytes)}`);
  console.log(
    `  dist/ ${megabytes(bytesIn(filesUnder(dist)))}; search index ${megabytes(bytesIn(searchFiles))} in ${searchFiles.length} files, ${parts} part${parts > 1 ? 's' : ''}: ${countIn('index')} index chunks, ${countIn('filter')} filter chunks, ${countIn('fragment')} fragments`,
  );

  if (!options['no-browser']) {
    const query = await firstQueryBytes(showcaseRoot, QUERY_PORT);
    const kinds = Object.entries(query.byKind)
      .map(([kind, bytes]) => `${kind} ${kilobytes(bytes)}`)
      .join(', ');
    console.log(`  first query 「${FIRST_QUERY}」 on /search/: ${kilobytes(query.totalBytes)} fetched, text gzipped (${kinds})`);
    printSearchQuality(await searchQualityOf(dist));
  }

  if (!options['no-baseline']) {
    console.log('baseline (bare Astro + @astrojs/mdx, one page per report, then the pagefind CLI)');
    const astroOnly = await run(baselineRoot, process.execPath, [astro, 'build']);
    mustSucceed(astroOnly, 'baseline astro build');
    const indexing = await run(baselineRoot, pagefindCli, ['--site', 'dist']);
    mustSucceed(indexing, 'baseline pagefind CLI');
    const baseMs = astroOnly.wallMs + indexing.wallMs;
    const basePeak = Math.max(astroOnly.peakRssBytes, indexing.peakRssBytes);
    const basePages = htmlPages(join(baselineRoot, 'dist'));
    console.log(
      `  wall ${seconds(baseMs)}: astro build ${seconds(astroOnly.wallMs)} (peak ${megabytes(astroOnly.peakRssBytes)}), pagefind CLI ${seconds(indexing.wallMs)} (peak ${megabytes(indexing.peakRssBytes)})`,
    );
    console.log(`  pages ${basePages}: ${perSecond(basePages, baseMs)} pages/s overall; peak memory ${megabytes(basePeak)}`);
    console.log(
      `ours / baseline: time ${ratio(ours.wallMs, baseMs)}, peak memory ${ratio(ours.peakRssBytes, basePeak)} (reports/s ${perSecond(reportCount, ours.wallMs)} vs ${perSecond(reportCount, baseMs)})`,
    );
  }

  if (options.rebuild) {
    const reportsDir = join(showcaseRoot, 'src/content/reports');
    const unitDir = join(reportsDir, readdirSync(reportsDir).sort()[0]!);
    const edited = join(unitDir, readdirSync(unitDir).sort()[0]!);
    appendFileSync(edited, '\n修改后重新构建的段落。\n');
    console.log(`rebuild after editing ${edited.slice(showcaseRoot.length + 1)}`);
    const again = await buildShowcase();
    mustSucceed(again, 'rebuild');
    console.log(
      `  wall ${seconds(again.wallMs)} (${percent(again.wallMs, ours.wallMs)} of the first build); phases: ${phaseLine(phasesOf(again))}; peak memory ${megabytes(again.peakRssBytes)}`,
    );
    // The same content built afresh, without Astro's, Vite's or the search index's caches, must give the same files.
    const rebuilt = join(temp, 'dist-rebuild');
    renameSync(dist, rebuilt);
    for (const cache of ['.astro-cache', '.vite-cache']) rmSync(join(showcaseRoot, cache), { recursive: true, force: true });
    const fresh = await buildShowcase();
    mustSucceed(fresh, 'fresh build of the edited content');
    const differing = differingFiles(rebuilt, dist);
    console.log(
      `  the same content built afresh in ${seconds(fresh.wallMs)}: ${differing.length} of ${filesUnder(dist).length} files differ from the rebuild's dist/${differing.length > 0 ? ` (${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''})` : ''}`,
    );
  }
} finally {
  if (options.keep) console.log(`kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}
