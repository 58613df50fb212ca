/**
 * How the build scales: generates a synthetic showcase of N reports across N/20
 * units in a temporary directory, builds it with the project's real pipeline (config,
 * integrations, content lint, search index), and prints per-phase wall time, pages
 * per second, peak memory of the process tree, dist/ and search index sizes, and
 * the bytes of a first search in Chromium. In the same run it builds a baseline —
 * the same report files in a bare Astro + @astrojs/mdx site, then the pagefind CLI —
 * and prints our time and memory as a ratio to it. With --rebuild it then edits one
 * report and times a second build (Astro's experimental incremental build).
 *
 *   npm run bench -- --reports 1000      (node tools/bench/scale.ts)
 *   options: --reports N (default 1000), --no-baseline, --no-browser, --rebuild,
 *            --keep (leave the temporary directories), --verbose (echo build logs)
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaseline } from './scaleBaseline.ts';
import { runMeasured, type RunResult } from './scaleProcess.ts';
import { firstQueryBytes, FIRST_QUERY } from './scaleQuery.ts';
import { bytesIn, filesUnder, htmlPages, kilobytes, megabytes, phasesOf, ratio, seconds, tail } from './scaleReport.ts';
import { generateContent, projectRoot, writeShowcase, REPORTS_PER_UNIT } from './scaleShowcase.ts';

const { values: options } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    baseline: { type: 'boolean', default: true },
    'no-baseline': { type: 'boolean', default: false },
    browser: { type: 'boolean', default: true },
    'no-browser': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const reportCount = Number(options.reports);
if (!Number.isInteger(reportCount) || reportCount < 1) {
  console.error(`--reports needs a whole number of reports, got ${options.reports}`);
  process.exit(2);
}
const withBaseline = options.baseline && !options['no-baseline'];
const withBrowser = options.browser && !options['no-browser'];

const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const pagefindCli = join(projectRoot, 'node_modules/.bin/pagefind');
/** The build as `npm run build` runs it: the same Node, the same options (see package.json). */
const buildEnv = { NODE_OPTIONS: [process.env.NODE_OPTIONS, buildNodeOptions()].filter(Boolean).join(' ') };

function buildNodeOptions(): string {
  const script: string = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts.build;
  return script.match(/NODE_OPTIONS=(\S+)/)?.[1]?.replace(/^['"]|['"]$/g, '') ?? '';
}

function check(run: RunResult, what: string): void {
  if (run.code === 0) return;
  console.error(`${what} failed (exit ${run.code}):\n${tail(run)}`);
  process.exit(1);
}

const temp = mkdtempSync(join(tmpdir(), `showcase-scale-${reportCount}-`));
const showcaseRoot = join(temp, 'showcase');
const baselineRoot = join(temp, 'baseline');
const verbose = options.verbose;

try {
  console.log(`scale bench: ${reportCount} reports across ${Math.ceil(reportCount / REPORTS_PER_UNIT)} units, in ${temp}`);
  let started = performance.now();
  const content = generateContent(reportCount);
  for (const root of [showcaseRoot, ...(withBaseline ? [baselineRoot] : [])]) rmSync(root, { recursive: true, force: true });
  await import('node:fs').then(({ mkdirSync }) => [showcaseRoot, baselineRoot].forEach((root) => mkdirSync(root)));
  writeShowcase(showcaseRoot, content);
  if (withBaseline) writeBaseline(baselineRoot, content);
  console.log(`  generated ${content.size} content files in ${seconds(performance.now() - started)}`);

  console.log('showcase build (the real pipeline) …');
  const ours = await runMeasured(process.execPath, [astro, 'build'], { cwd: showcaseRoot, env: buildEnv, echo: verbose });
  check(ours, 'showcase build');
  const dist = join(showcaseRoot, 'dist');
  const pages = htmlPages(dist);
  const phases = phasesOf(ours);
  const searchFiles = filesUnder(join(dist, 'pagefind'));
  const indexChunks = searchFiles.filter((file) => file.includes('/pagefind/index/')).length;
  const fragments = searchFiles.filter((file) => file.includes('/pagefind/fragment/')).length;
  console.log(`  wall ${seconds(ours.wallMs)}: content sync ${seconds(phases.contentSync)}, lint ${seconds(phases.lint)}, bundle ${seconds(phases.bundle)}, render ${seconds(phases.render)}, search index ${seconds(phases.searchIndex)}`);
  console.log(`  pages ${pages}, ${(pages / (ours.wallMs / 1000)).toFixed(1)} pages/s overall, ${(pages / ((phases.render ?? NaN) / 1000)).toFixed(1)} pages/s rendering, ${(reportCount / (ours.wallMs / 1000)).toFixed(1)} reports/s`);
  console.log(`  peak memory (process tree RSS) ${megabytes(ours.peakRssBytes)}`);
  console.log(`  dist/ ${megabytes(bytesIn(filesUnder(dist)))}; search index ${megabytes(bytesIn(searchFiles))} in ${searchFiles.length} files (${indexChunks} index chunks, ${fragments} fragments)`);

  if (withBrowser) {
    const query = await firstQueryBytes(showcaseRoot);
    console.log(`  first query 「${FIRST_QUERY}」 on /search/: ${kilobytes(query.searchBytes)} from pagefind/, ${kilobytes(query.pageBytes)} for the page itself (${query.results} results shown)`);
  }

  if (withBaseline) {
    console.log('baseline build (bare Astro + @astrojs/mdx, then the pagefind CLI) …');
    const astroOnly = await runMeasured(process.execPath, [astro, 'build'], { cwd: baselineRoot, echo: verbose });
    check(astroOnly, 'baseline astro build');
    const indexing = await runMeasured(pagefindCli, ['--site', 'dist'], { cwd: baselineRoot, echo: verbose });
    check(indexing, 'baseline pagefind CLI');
    const baseMs = astroOnly.wallMs + indexing.wallMs;
    const basePeak = Math.max(astroOnly.peakRssBytes, indexing.peakRssBytes);
    const basePages = htmlPages(join(baselineRoot, 'dist'));
    console.log(`  wall ${seconds(baseMs)}: astro build ${seconds(astroOnly.wallMs)} (peak ${megabytes(astroOnly.peakRssBytes)}), pagefind CLI ${seconds(indexing.wallMs)} (peak ${megabytes(indexing.peakRssBytes)})`);
    console.log(`  pages ${basePages}, ${(basePages / (baseMs / 1000)).toFixed(1)} pages/s overall, ${(reportCount / (baseMs / 1000)).toFixed(1)} reports/s; peak memory ${megabytes(basePeak)}`);
    console.log(`ours / baseline: time ${ratio(ours.wallMs, baseMs)}, peak memory ${ratio(ours.peakRssBytes, basePeak)}, reports/s ${ratio(reportCount / ours.wallMs, reportCount / baseMs)}`);
  }

  if (options.rebuild) {
    const edited = join(showcaseRoot, 'src/content/reports', readdirSync(join(showcaseRoot, 'src/content/reports'))[0]!);
    const file = join(edited, readdirSync(edited)[0]!);
    appendFileSync(file, '\n修改后重新构建的段落。\n');
    console.log(`rebuild after editing ${file.slice(showcaseRoot.length + 1)} …`);
    const again = await runMeasured(process.execPath, [astro, 'build'], { cwd: showcaseRoot, env: buildEnv, echo: verbose });
    check(again, 'rebuild');
    const rephases = phasesOf(again);
    console.log(`  wall ${seconds(again.wallMs)}: content sync ${seconds(rephases.contentSync)}, render ${seconds(rephases.render)}, search index ${seconds(rephases.searchIndex)}; peak memory ${megabytes(again.peakRssBytes)}`);
  }
  void existsSync;
  void writeFileSync;
} finally {
  if (options.keep) console.log(`kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}
