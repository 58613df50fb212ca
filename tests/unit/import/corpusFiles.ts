import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../../../tools/bench/scaleCorpus.ts';

export { CORPUS_DIR };

/** The raw reports editors receive (tools/bench/scaleCorpus.ts); the importer must handle every one. */
export const corpusFiles = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();
export const corpusText = (name: string) => readFileSync(join(CORPUS_DIR, name), 'utf8');

/** Only the Chinese characters of a text: what must survive cleaning, whatever happens to spaces and punctuation. */
export const hanOnly = (text: string) => text.replace(/[^\u4e00-\u9fa5]/g, '');
