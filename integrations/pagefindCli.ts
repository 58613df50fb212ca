/**
 * Indexes one part of the search index with pagefind's command line (the package's own
 * `pagefind` bin), in a process of its own. Not with its Node API: in pagefind 1.6.0
 * the service's WriteFiles builds the index and then calls its API's write_files, which
 * builds it again (its log shows "[Building search indexes]" twice). For a 3,500-page
 * part of 10,000 reports the Node API took 38.6 s (7.5 reading, 31.1 building and
 * writing) and the command line 33.2 s, peaking at 2,625 MB, with byte-identical files.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What indexing one part needs: the built site, the glob that picks the part's pages out, and where its bundle goes. */
export interface PartJob {
  siteDir: string;
  glob: string;
  outputPath: string;
}

/**
 * Indexes a part; calls `whileBuilding` (once) when pagefind has read the pages and
 * builds and writes the index, on about one core, so other work then costs it little.
 */
export type PartIndexer = (job: PartJob, whileBuilding?: () => void) => Promise<void>;

/** The status line pagefind prints when it has read the pages and starts building. */
const BUILDING = '[Building search indexes]';

/** The project's pagefind package: its version (part of the index cache's key) and its `pagefind` bin. */
export function pagefindPackage(projectRoot: string): { version: string; bin: string } {
  const folder = join(projectRoot, 'node_modules/pagefind');
  const { version, bin } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; bin: string };
  return { version, bin: join(folder, bin) };
}

/**
 * The indexer that runs `bin` with this Node. Its output is kept and shown only when
 * it fails. If pagefind stops printing the status line, `whileBuilding` runs once it
 * has finished instead: slower, never wrong.
 */
export function pagefindCli(bin: string): PartIndexer {
  return ({ siteDir, glob, outputPath }, whileBuilding) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, '--site', siteDir, '--glob', glob, '--output-path', outputPath], {
        // pagefind reads a pagefind.yml from its working folder; the site's folder has none of the project's.
        cwd: siteDir,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      let building = false;
      let failure: unknown;
      const build = () => {
        if (building) return;
        building = true;
        try {
          whileBuilding?.();
        } catch (error) {
          failure = error;
        }
      };
      const take = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(BUILDING)) build();
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) return reject(new Error(`pagefind could not index ${siteDir} (${glob.slice(0, 200)}):\n${output.trim()}`));
        build();
        if (failure) reject(failure);
        else resolve();
      });
    });
}
