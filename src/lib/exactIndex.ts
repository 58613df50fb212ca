/**
 * Builds a part's exact-phrase pre-filter (see exactGrams.ts) from the pages pagefind
 * indexed: each two- and three-character gram with the pages holding it, in chunks
 * sized so a query fetches a few kilobytes per gram. Returns the files by path
 * under the part's exact/ folder.
 */
import { forEachGram, fragmentNumber, gramChunk, gramOf, toGaps, type ExactMeta, type GramChunk } from './exactGrams.ts';

export interface ExactPage {
  /** pagefind's fragment name (its result id), e.g. zh-cn_0dfa78e */
  fragment: string;
  /** The normalized text (normalizeText) pagefind indexed for the page. */
  text: string;
}

/**
 * Postings per gram chunk, on average. A query fetches a chunk per gram and part, so
 * chunks stay small: at 10,000 reports a chunk of 1,500 postings was about 4.5 KB
 * gzipped; 750 halve what a query fetches for the pre-filter, for twice the files.
 */
const POSTINGS_PER_CHUNK = 750;

const FRAGMENT_NAME = /^(.*_)([0-9a-f]{1,13})$/;

/** The prefix and hash length every fragment name shares; anything else is pagefind changing its names, and fails the build. */
function namingOf(pages: readonly ExactPage[]): Pick<ExactMeta, 'prefix' | 'digits'> {
  const [, prefix = '', hash = ''] = FRAGMENT_NAME.exec(pages[0]?.fragment ?? '') ?? [];
  for (const { fragment } of pages) {
    const [, ownPrefix, ownHash] = FRAGMENT_NAME.exec(fragment) ?? [];
    if (ownPrefix !== prefix || ownHash?.length !== hash.length) {
      throw new Error(
        `exact-phrase pre-filter: pagefind fragment ${fragment} is not named as ${pages[0]!.fragment} is (prefix, then ${hash.length} hex digits)`,
      );
    }
  }
  return { prefix, digits: hash.length };
}

/**
 * Page numbers by gram key, in an open-addressing table over typed arrays. Hand-written
 * because gram keys pass 2^31, and a Map boxes each such number it is asked for: 20 ×
 * slower over the millions of grams of a part.
 */
class GramTable {
  #keys = new Float64Array(1 << 16);
  #slots = new Int32Array(1 << 16).fill(-1);
  #lists: number[][] = [];
  #keyList: number[] = [];

  #slotOf(key: number): number {
    const mask = this.#keys.length - 1;
    const mixed = Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 0x100000000), 0x9e3779b1), 0x85ebca6b);
    let slot = (mixed ^ (mixed >>> 15)) & mask;
    while (this.#slots[slot] !== -1 && this.#keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  /** The list of page numbers for `key`, created empty the first time. */
  numbersOf(key: number): number[] {
    const slot = this.#slotOf(key);
    const list = this.#slots[slot]!;
    if (list !== -1) return this.#lists[list]!;
    this.#keys[slot] = key;
    this.#slots[slot] = this.#lists.length;
    this.#keyList.push(key);
    const numbers: number[] = [];
    this.#lists.push(numbers);
    if (this.#lists.length * 2 > this.#keys.length) this.#grow();
    return numbers;
  }

  #grow(): void {
    this.#keys = new Float64Array(this.#keys.length * 2);
    this.#slots = new Int32Array(this.#slots.length * 2).fill(-1);
    for (const [list, key] of this.#keyList.entries()) {
      const slot = this.#slotOf(key);
      this.#keys[slot] = key;
      this.#slots[slot] = list;
    }
  }

  entries(): [number, number[]][] {
    return this.#keyList.map((key, list) => [key, this.#lists[list]!]);
  }
}

/** The pre-filter's files for `pages`, by path relative to exact/. */
export function buildExactIndex(pages: readonly ExactPage[], { postingsPerChunk = POSTINGS_PER_CHUNK } = {}): Map<string, string> {
  const naming = namingOf(pages);
  const numbered = pages
    .map((page) => ({ number: fragmentNumber(page.fragment, naming.prefix), text: page.text }))
    .sort((a, b) => a.number - b.number);
  const postings = new GramTable();
  let total = 0;
  for (const { number, text } of numbered) {
    forEachGram(text, (key) => {
      const numbers = postings.numbersOf(key);
      // Pages come in ascending order, so a gram seen before on this page ends its list already.
      if (numbers[numbers.length - 1] === number) return;
      numbers.push(number);
      total++;
    });
  }
  const meta: ExactMeta = { pages: pages.length, chunks: Math.max(1, Math.ceil(total / postingsPerChunk)), ...naming };
  const chunks: GramChunk[] = Array.from({ length: meta.chunks }, () => ({}));
  for (const [key, numbers] of postings.entries()) {
    const gram = gramOf(key);
    chunks[gramChunk(gram, meta.chunks)]![gram] = toGaps(numbers);
  }
  const files = new Map<string, string>([['meta.json', JSON.stringify(meta)]]);
  for (const [n, chunk] of chunks.entries()) files.set(`grams/${n}.json`, JSON.stringify(chunk));
  return files;
}
