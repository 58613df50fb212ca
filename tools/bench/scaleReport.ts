/** Phases of a build, timed from the log lines Astro and the integrations print, and how they are printed. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lineAt, type RunResult } from './scaleProcess.ts';

export interface Phases {
  /** Start-up, config and content sync, up to "[content] Synced content". */
  contentSync?: number;
  /** The content linter's summary line (only the showcase has one). */
  lint?: number;
  /** Vite bundling, up to "generating static routes". */
  bundle?: number;
  /** Rendering every page, up to the "✓ Completed" after "generating static routes". */
  render?: number;
  /** After rendering: sitemap and the search index, up to the pagefind integration's line. */
  searchIndex?: number;
}

/** Phase durations in ms from a build's log; a phase whose line never came is left out. */
export function phasesOf(build: RunResult): Phases {
  const synced = lineAt(build, /\[content\] Synced content/);
  const linted = lineAt(build, /\[unity-showcase:content-lint\]/);
  const routes = lineAt(build, /generating static routes/);
  const rendered = routes === undefined ? undefined : build.lines.find((line) => line.at >= routes && /✓ Completed in/.test(line.text))?.at;
  const indexed = lineAt(build, /\[unity-showcase:pagefind\] search index:/);
  const span = (from?: number, to?: number) => (from !== undefined && to !== undefined ? to - from : undefined);
  return {
    contentSync: synced,
    lint: span(synced, linted),
    bundle: span(linted ?? synced, routes),
    render: span(routes, rendered),
    searchIndex: span(rendered, indexed),
  };
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

export const bytesIn = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
export const htmlPages = (dir: string) => filesUnder(dir).filter((file) => file.endsWith('.html')).length;

export const seconds = (ms?: number) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
export const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (ours: number, base: number) => `${(ours / base).toFixed(2)} ×`;

/** The last lines of a failed command's output, to print with its exit code. */
export const tail = (run: RunResult, count = 30) => run.lines.slice(-count).map((line) => `    ${line.text}`).join('\n');
