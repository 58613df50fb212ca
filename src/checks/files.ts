import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** The files the linter reads: entries of the site, plain Markdown, and raw .txt reports. */
export const LINTABLE_EXTENSIONS = ['.mdx', '.md', '.txt'];

/** The site's own entries, as the content collections load them (src/content.config.ts). */
export function contentFolders(root: string): string[] {
  return [join(root, 'src/content/units'), join(root, 'src/content/reports')];
}

/**
 * Expands files and folders (searched recursively) into the sorted list of files
 * to lint. A named file is linted whatever its extension says; a path that does
 * not exist is returned as is, so the reader reports it like any unreadable file.
 */
export async function collectFiles(paths: string[], extensions = LINTABLE_EXTENSIONS): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths.map((p) => resolve(p))) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.add(path);
      continue;
    }
    for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase())) files.add(join(entry.parentPath, entry.name));
    }
  }
  return [...files].sort();
}
