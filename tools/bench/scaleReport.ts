/** Phases of a build, timed from the log lines Astro and the integrations print, and how figures are printed. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lineAt, peakBetween, type RunResult } from './scaleProcess.ts';

export interface Phase {
  name: string;
  ms: number;
  peakRssBytes: number;
}

/**
 * Each phase of a build with its duration and peak memory, cut at the lines Astro
 * and our integrations print: start-up and the content checks up to their publication
 * summary, content sync up to "[content] Synced content", Vite's bundling up to "generating static routes",
 * rendering up to the "✓ Completed" after it, then sitemap and search index up to the
 * pagefind integration's line. A phase whose closing line never came is left out.
 * `npm run build` checks the content while Astro starts and syncs and shows Astro's lines
 * once the checks are done, so there "content sync" is only what the sync took beyond them.
 */
export function phasesOf(build: RunResult): Phase[] {
  const routes = lineAt(build, /generating static routes/);
  const marks: [string, number | undefined][] = [
    ['checks', lineAt(build, /\[unity-showcase:content-checks\] 发布 \d+ 篇/)],
    ['content sync', lineAt(build, /\[content\] Synced content/)],
    ['bundle', routes],
    ['render', routes === undefined ? undefined : build.lines.find((line) => line.at > routes && /✓ Completed in/.test(line.text))?.at],
    ['search index', lineAt(build, /\[unity-showcase:pagefind\] search index: indexed/)],
  ];
  const phases: Phase[] = [];
  let from = 0;
  for (const [name, to] of marks) {
    if (to === undefined) continue;
    phases.push({ name, ms: to - from, peakRssBytes: peakBetween(build, from, to) });
    from = to;
  }
  return phases;
}

export const phaseLine = (phases: Phase[]) =>
  phases.map((phase) => `${phase.name} ${seconds(phase.ms)} (peak ${megabytes(phase.peakRssBytes)})`).join(', ');
export const phaseMs = (phases: Phase[], name: string) => phases.find((phase) => phase.name === name)?.ms;

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** Paths (relative) whose content differs between two trees, or that only one holds. */
export function differingFiles(a: string, b: string): string[] {
  const hashes = (dir: string) =>
    new Map(filesUnder(dir).map((file) => [file.slice(dir.length + 1), createHash('sha256').update(readFileSync(file)).digest('hex')]));
  const left = hashes(a);
  const right = hashes(b);
  return [...new Set([...left.keys(), ...right.keys()])].filter((path) => left.get(path) !== right.get(path)).sort();
}

export const bytesIn = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
export const htmlPages = (dir: string) => filesUnder(dir).filter((file) => file.endsWith('.html')).length;

export const seconds = (ms?: number) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
export const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(whole >= 1000 ? 1 : 0)} %`;
export const ratio = (ours: number, base: number) => `${(ours / base).toFixed(2)} ×`;

/** The last lines of a failed command's output, to print with its exit code. */
export const tail = (run: RunResult, count = 30) =>
  run.lines
    .slice(-count)
    .map((line) => `    ${line.text}`)
    .join('\n');
