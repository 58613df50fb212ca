/** Which files the content checks read: the site's collections, or the files and folders named on the command line, and stray files beside them. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Finding } from './types.ts';

/** The files the linter reads: entries of the site, plain Markdown, and raw .txt reports. */
const LINTABLE_EXTENSIONS = ['.mdx', '.md', '.txt'];

/** The site's own entries, as the content collections load them (src/content.config.ts). */
export function contentFolders(root: string): string[] {
  return [join(root, 'src/content/units'), join(root, 'src/content/reports')];
}

/**
 * Expands files and folders (searched recursively) into the sorted list of files
 * to lint. A named file is linted whatever its extension says; a path that does
 * not exist is returned as is, so the reader reports it like any unreadable file.
 */
export async function collectFiles(paths: string[], extensions = LINTABLE_EXTENSIONS, { exactCase = false } = {}): Promise<string[]> {
  // Astro's glob matches `.md`/`.mdx` case-sensitively, so the site's own folders are read that way too.
  const extensionOf = (name: string) => (exactCase ? extname(name) : extname(name).toLowerCase());
  const files = new Set<string>();
  for (const path of paths.map((p) => resolve(p))) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.add(path);
      continue;
    }
    for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && extensions.includes(extensionOf(entry.name))) files.add(join(entry.parentPath, entry.name));
    }
  }
  return [...files].sort();
}

/** Pictures may sit beside the entries (units' logos and covers); anything else there is never read. */
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.svg', '.avif'];

/** Files in the content folders the site never reads: a .txt or .docx dropped there is not published. */
export async function strayFiles(folders: string[], shown: (path: string) => string): Promise<Finding[]> {
  const stray: Finding[] = [];
  for (const folder of folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const extension = extname(entry.name);
      const read = extension === '.md' || extension === '.mdx';
      if (!entry.isFile() || entry.name.startsWith('.') || read || IMAGE_EXTENSIONS.includes(extension.toLowerCase())) continue;
      const upperCase = ['.md', '.mdx'].includes(extension.toLowerCase());
      stray.push({
        file: shown(join(entry.parentPath, entry.name)),
        field: '文件',
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'stray-file',
        message: upperCase ? `扩展名「${extension}」是大写，网站不读取这个文件` : '网站不读取这个文件，它不会被发布',
        hint: upperCase ? `把扩展名改成小写 ${extension.toLowerCase()}` : '原始材料请用 npm run import -- <文件> 导入成 .mdx，再删去原文件',
      });
    }
  }
  return stray;
}
