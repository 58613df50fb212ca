/**
 * Lets pagefind skip the files it wrote last time. Pagefind names a part's fragments,
 * word chunks and filter chunks by a SHA-1 of their contents, and does not write such a
 * file where one of that name already exists (WriteBehavior::Immutable in its
 * output/mod.rs). Compressing them at gzip's best level is most of its writing: at
 * 10,000 reports, 13 of the 31 s a 3,500-page part took. So a part indexed again is first
 * given its previous version's hashed files (as hard links, which pagefind never writes
 * into), and afterwards loses those its new metadata does not list. The folder then
 * holds what indexing the part afresh would have written, file for file.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { linkTree } from './linkTree.ts';

/** The folders of files pagefind names by their contents, with each one's file extension. */
const HASHED = { fragment: '.pf_fragment', index: '.pf_index', filter: '.pf_filter' } as const;

type HashedFolder = keyof typeof HASHED;

/** What pagefind puts before the CBOR inside a gzipped .pf_meta file. */
const SIGNATURE = 'pagefind_dcd';

/** Links the hashed files of a part's previous version, `previous`, into the folder pagefind is about to write the part to. */
export function seedPart(previous: string, outputPath: string): void {
  for (const folder of Object.keys(HASHED)) {
    if (existsSync(join(previous, folder))) linkTree(join(previous, folder), join(outputPath, folder));
  }
}

/** The hashes of the files a part's metadata lists, by folder. */
export type ListedFiles = Record<HashedFolder, Set<string>>;

const isRow = (value: unknown): value is unknown[] => Array.isArray(value);

/**
 * The files listed in pagefind's metadata for one language, decoded from its CBOR: as
 * pagefind 1.6.0 writes it, [version, pages [[hash, word count, …]], word chunks [[from,
 * to, hash]], filters [[name, hash]], …]. Throws where the layout is not that, or lists
 * another number of pages than its entry file, as a later pagefind might: removing files
 * by a misread list would break the search.
 */
export function listedFiles(meta: unknown, { version, pageCount }: { version: string; pageCount: number }): ListedFiles {
  const unexpected = (what: string) =>
    new Error(
      `search index: pagefind ${version}'s metadata is not laid out as 1.6.0's (${what}), so the files of its previous index cannot be reused; clear the cache folder's search-index/ and build again`,
    );
  if (!isRow(meta) || meta[0] !== version) throw unexpected('version');
  const [, pages, chunks, filters] = meta;
  const hashes = (rows: unknown, at: number, what: string) => {
    if (!isRow(rows) || !rows.every((row) => isRow(row) && typeof row[at] === 'string')) throw unexpected(what);
    return new Set(rows.map((row) => (row as string[])[at]!));
  };
  const listed = { fragment: hashes(pages, 0, 'pages'), index: hashes(chunks, 2, 'word chunks'), filter: hashes(filters, 1, 'filters') };
  if (listed.fragment.size !== pageCount) throw unexpected(`${listed.fragment.size} pages listed, ${pageCount} indexed`);
  return listed;
}

/** The files the index pagefind wrote in `outputPath` lists, read from its entry file and its one language's metadata. */
function readListedFiles(outputPath: string): ListedFiles {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const listed: ListedFiles = { fragment: new Set(), index: new Set(), filter: new Set() };
  for (const { hash, page_count: pageCount } of Object.values(entry.languages)) {
    const bytes = gunzipSync(readFileSync(join(outputPath, `pagefind.${hash}.pf_meta`)));
    if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
      throw new Error(`search index: pagefind.${hash}.pf_meta is not pagefind's metadata`);
    const own = listedFiles(decode(bytes.subarray(SIGNATURE.length)), { version: entry.version, pageCount });
    for (const folder of Object.keys(HASHED) as HashedFolder[]) for (const hash of own[folder]) listed[folder].add(hash);
  }
  return listed;
}

/** Deletes the hashed files in `outputPath` that the index pagefind just wrote there does not list; returns how many. */
export function removeUnlisted(outputPath: string): number {
  const listed = readListedFiles(outputPath);
  let removed = 0;
  for (const [folder, extension] of Object.entries(HASHED) as [HashedFolder, string][]) {
    const present = new Set(existsSync(join(outputPath, folder)) ? readdirSync(join(outputPath, folder)) : []);
    for (const name of present) {
      if (listed[folder].has(name.slice(0, -extension.length)) && name.endsWith(extension)) continue;
      rmSync(join(outputPath, folder, name));
      removed++;
    }
    const missing = [...listed[folder]].filter((hash) => !present.has(`${hash}${extension}`));
    if (missing.length > 0) throw new Error(`search index: pagefind lists ${folder}/${missing[0]}${extension} but did not write it in ${outputPath}`);
  }
  return removed;
}
