/**
 * How Astro keeps the synced content (its `experimental.collectionStorage`). By default
 * the store is one JSON file, bundled as one string, and bundling fails once that
 * string is longer than V8 allows (2^29 − 24 bytes, about 512 MB; at 50,000 reports
 * with their raw bodies the store was 628 MB and rolldown stopped with "Failed to
 * convert rust `&str` into napi `string`"). Astro's chunked storage has no such ceiling,
 * but its writer measures the store one character at a time (a CPU profile of a
 * 2,000-report build: 7.2 s of the 29 s content sync), so only content large enough
 * to need it is chunked.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Entry bytes above which the store is chunked. The single file is about 1.25 times
 * the entries' bytes (2,000 reports: 12.3 MB of entries, a 15.1 MB store), so this
 * keeps it under half of V8's limit, room for entries that render to more HTML.
 */
export const CHUNKED_ABOVE_BYTES = 200 * 1024 ** 2;

/** The bytes of every file under `dir`, 0 when there is no such folder. */
export function bytesUnder(dir: string): number {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  return entries.filter((entry) => entry.isFile()).reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** The storage for content of `bytes` bytes. */
export const collectionStorageFor = (bytes: number): 'single-file' | 'chunked' => (bytes > CHUNKED_ABOVE_BYTES ? 'chunked' : 'single-file');

/** The storage for the entries under `contentDir`. */
export const collectionStorage = (contentDir: string) => collectionStorageFor(bytesUnder(contentDir));
