/**
 * Puts a folder's files into another folder as hard links: the search index's cache
 * (pagefind.ts) keeps each part's files, about 16,000 of them per part at 10,000
 * reports, and linking shares their bytes instead of writing them again. Node's cpSync
 * only copies, hence this. Where the two folders are on different file systems
 * (EXDEV), or links are refused, files are copied.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Links every file under `from` into `to`, keeping the folders; `skip` leaves out entries of `from` itself by name. */
export function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}

function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(source, target);
  }
}
