/**
 * Clears the previous build's output without making the build wait for it. Astro
 * empties the output folder before bundling, file by file on its only thread: for a
 * 10,000-report site's pages that took 7.3 s (the same calls, timed alone). At the start of a build this moves
 * each entry of the output folder (a rename, however many files it holds) into the
 * cache folder, and deletes it there in the background while Astro bundles and renders.
 *
 * Under Astro's incremental build it also leaves the previous build's pages in place
 * when that build completed: Astro writes a page it can skip only where the output
 * folder lacks it, by copying it from its cache (10,000 reports: about 9 s). Pages this
 * build did not write (a report taken down) are deleted once it has rendered, before
 * the sitemap and the search index read the folder.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Entries Astro keeps when it empties the output folder (a deploy repository's .git). */
const KEPT = new Set(['.git']);

/**
 * Moves the entries of `outDir` but `.git` and the `kept` ones into a new folder
 * under `trashDir`, and deletes everything under `trashDir` (this build's entries and
 * any a stopped build left). An entry that cannot be moved (another file system) is
 * passed to `stuck`: by default it stays, for Astro to empty as before.
 */
export function sweepAside(
  outDir: string,
  trashDir: string,
  { kept = new Set<string>(), stuck }: { kept?: ReadonlySet<string>; stuck?: (path: string) => void } = {},
): Promise<void> {
  if (existsSync(outDir)) {
    const into = join(trashDir, `${process.pid}-${Date.now()}`);
    mkdirSync(into, { recursive: true });
    for (const name of readdirSync(outDir)) {
      if (KEPT.has(name) || kept.has(name)) continue;
      try {
        renameSync(join(outDir, name), join(into, name));
      } catch (error) {
        if (!['EXDEV', 'EPERM', 'EACCES', 'EBUSY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        stuck?.(join(outDir, name));
      }
    }
  }
  return rm(trashDir, { recursive: true, force: true });
}

const isPage = (name: string) => name.endsWith('.html');

/** Whether `path` is a page, or a folder holding pages and nothing else. */
function holdsOnlyPages(path: string, isFolder: boolean): boolean {
  if (!isFolder) return isPage(path);
  return readdirSync(path, { withFileTypes: true }).every((entry) => holdsOnlyPages(join(path, entry.name), entry.isDirectory()));
}

/** The entries of `outDir` that are pages or folders of pages only (reports/, units/…), not assets, data or the search index. */
export function pageEntries(outDir: string): Set<string> {
  if (!existsSync(outDir)) return new Set();
  const entries = readdirSync(outDir, { withFileTypes: true }).filter((entry) => !KEPT.has(entry.name));
  return new Set(entries.filter((entry) => holdsOnlyPages(join(outDir, entry.name), entry.isDirectory())).map((entry) => entry.name));
}

/** Deletes the pages under `outDir`'s `entries` that are not among `written`, and the folders that leaves empty. */
export function removeUnwritten(outDir: string, entries: Iterable<string>, written: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  const sweep = (path: string, isFolder: boolean): boolean => {
    if (isFolder) {
      const left = readdirSync(path, { withFileTypes: true }).filter((entry) => !sweep(join(path, entry.name), entry.isDirectory()));
      if (left.length === 0) rmdirSync(path);
      return left.length === 0;
    }
    if (written.has(path)) return false;
    unlinkSync(path);
    removed.push(path);
    return true;
  };
  for (const name of entries) {
    const path = join(outDir, name);
    if (existsSync(path)) sweep(path, statSync(path).isDirectory());
  }
  return removed;
}

/** Where Astro copies each file of the public folder in the output folder. */
function publicCopies(publicDir: string, outDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(outDir, relative(publicDir, join(entry.parentPath, entry.name))));
}

export default function previousOutput(): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let trashDir = '';
  // Written when a build with the incremental build on completes: its pages may stay for the next.
  let completedMark = '';
  let incremental = false;
  let kept = new Set<string>();
  let sweeping: Promise<void> | undefined;
  return {
    name: 'unity-showcase:previous-output',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        incremental = config.experimental?.incrementalBuild === true;
        // The incremental build's pages stay, so Astro must not empty the folder: this integration does.
        if (incremental) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        trashDir = join(fileURLToPath(config.cacheDir), 'previous-output');
        completedMark = join(fileURLToPath(config.cacheDir), 'previous-output-completed.json');
      },
      'astro:build:start': ({ logger }) => {
        const completed = existsSync(completedMark) && readFileSync(completedMark, 'utf8') === JSON.stringify(outDir);
        // Gone until this build completes: a build that stops, or one without the incremental build, leaves no pages to trust.
        rmSync(completedMark, { force: true });
        kept = incremental && completed ? pageEntries(outDir) : new Set();
        // Caught at once: a deletion failing before the build ends must warn, not stop Node.
        sweeping = sweepAside(outDir, trashDir, {
          kept,
          stuck: incremental ? (path) => rmSync(path, { recursive: true, force: true }) : undefined,
        }).catch((error: Error) => {
          logger.warn(`could not delete the previous build's output moved to ${trashDir}: ${error.message}`);
        });
      },
      'astro:build:done': async ({ assets }) => {
        if (kept.size > 0) {
          // What Astro rendered or kept, and copied from public/ (a search engine's verification page).
          const written = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...publicCopies(publicDir, outDir)]);
          removeUnwritten(outDir, kept, written);
        }
        await sweeping;
        if (incremental) writeFileSync(completedMark, JSON.stringify(outDir));
      },
    },
  } satisfies AstroIntegration;
}
