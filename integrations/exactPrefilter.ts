/**
 * Writes a part's exact-phrase pre-filter (src/lib/exactIndex.ts) next to the index
 * pagefind just wrote, from pagefind's own fragments: the text it indexed, under the
 * names its results carry, so the pre-filter and the index always describe the same pages.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { EXACT_FOLDER, normalizeText } from '../src/lib/exactGrams.ts';
import { buildExactIndex, type ExactPage } from '../src/lib/exactIndex.ts';

const FRAGMENT = '.pf_fragment';

/** The pages of a written part, in the order of their fragment names (so the same pages give the same files). */
export function fragmentPages(partDir: string): ExactPage[] {
  const folder = join(partDir, 'fragment');
  return readdirSync(folder)
    .filter((name) => name.endsWith(FRAGMENT))
    .sort()
    .map((name) => {
      // A fragment is gzipped JSON behind pagefind's signature ("pagefind_dcd").
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      const { content } = JSON.parse(text.slice(text.indexOf('{'))) as { content: string };
      return { fragment: name.slice(0, -FRAGMENT.length), text: normalizeText(content) };
    });
}

/** Writes `<partDir>/exact/` for the part pagefind wrote in `partDir`; returns the number of files. */
export function writeExactPrefilter(partDir: string): number {
  const files = buildExactIndex(fragmentPages(partDir));
  const root = join(partDir, EXACT_FOLDER);
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return files.size;
}
