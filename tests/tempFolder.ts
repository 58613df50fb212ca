/**
 * Vitest's global set-up: the run gets a temporary folder of its own as TMPDIR, which
 * os.tmpdir() reads in the test workers and the commands they start, and the folder is
 * removed when the run ends. The tests make their folders with mkdtemp under tmpdir()
 * and many leave them (35 folders a run), which a machine that runs CI and
 * the bench day after day would otherwise keep.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'showcase-unit-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
