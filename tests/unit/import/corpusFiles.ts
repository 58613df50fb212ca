import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The raw reports editors receive, shared by all engineers; the importer must handle every one. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../../shared/corpus/raw');
export const corpusFiles = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();
export const corpusText = (name: string) => readFileSync(join(CORPUS_DIR, name), 'utf8');

/** Only the Chinese characters of a text: what must survive cleaning, whatever happens to spaces and punctuation. */
export const hanOnly = (text: string) => text.replace(/[^\u4e00-\u9fa5]/g, '');
