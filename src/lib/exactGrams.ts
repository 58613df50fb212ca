/**
 * The exact-phrase pre-filter shared by the build (exactIndex.ts) and the search page
 * (exactLookup.ts). Pagefind finds pages by words and ranks them, so at thousands of
 * pages a phrase that one page holds can fall below its top results; the pre-filter
 * lists, for every two- and three-character string of the indexed text, the pages
 * that hold it, so the search page can find every page holding a phrase verbatim.
 */

/** Where a part's pre-filter lives, inside the part's pagefind folder. */
export const EXACT_FOLDER = 'exact/';

/**
 * The pre-filter's description, `exact/meta.json`. A page is named by its pagefind
 * fragment (its result id), e.g. zh-cn_0dfa78e: a language prefix the part's pages
 * share and a hash of fixed length, which the postings hold as a number, so a
 * result's id and a posting compare without a table between them.
 */
export interface ExactMeta {
  /** Pages in the part. */
  pages: number;
  /** Gram chunks, `exact/grams/<n>.json`; a gram lives in chunk `gramChunk(gram, chunks)`. */
  chunks: number;
  /** What every fragment name of the part starts with, e.g. "zh-cn_". */
  prefix: string;
  /** Hex digits after the prefix. */
  digits: number;
}

/** A gram chunk: each gram with its pages' numbers, ascending, the first as it is, each next as the gap from the one before. */
export type GramChunk = Record<string, number[]>;

/** A fragment name's number: its hex digits after the prefix. */
export const fragmentNumber = (fragment: string, prefix: string) => Number.parseInt(fragment.slice(prefix.length), 16);

/** A page number back to its fragment name. */
export const fragmentName = (page: number, { prefix, digits }: Pick<ExactMeta, 'prefix' | 'digits'>) =>
  `${prefix}${page.toString(16).padStart(digits, '0')}`;

/**
 * Text as a phrase is compared: without whitespace, in lower case (the search page's
 * rule), and without the zero-width spaces pagefind puts between the words it segments.
 */
export const normalizeText = (text: string) => text.replace(/[\s\u200b]+/g, '').toLowerCase();

/** The grams a query is looked up by, in two rounds. */
export interface QueryGrams {
  /** Grams that cover the query: itself when two characters long, else three-character grams, every third and the last. */
  cover: string[];
  /** The other three-character grams in it, which narrow the pages the cover leaves. */
  narrow: string[];
}

/**
 * The grams a query is looked up by. Three-character grams are rarer than
 * two-character ones, so they leave fewer pages to confirm. The cover grams are
 * fetched first; where they leave many pages (a unit's name and a common phrase, say)
 * the narrowing grams follow: a page holding all of them but not the query needs them
 * in other places (10,000 reports: the cover alone left more than 40 pages for 8
 * clauses in 200). Undefined for a single character, which pagefind's word index
 * answers exactly. Characters are UTF-16 code units here and in `forEachGram`, which
 * is all the two sides need to agree on.
 */
export function queryGrams(normalized: string): QueryGrams | undefined {
  if (normalized.length < 2) return undefined;
  if (normalized.length === 2) return { cover: [normalized], narrow: [] };
  const starts = new Set<number>();
  for (let at = 0; at + 3 <= normalized.length; at += 3) starts.add(at);
  starts.add(normalized.length - 3);
  const gram = (at: number) => normalized.slice(at, at + 3);
  const cover = new Set([...starts].map(gram));
  const narrow = new Set<string>();
  for (let at = 0; at + 3 <= normalized.length; at++) if (!cover.has(gram(at))) narrow.add(gram(at));
  return { cover: [...cover], narrow: [...narrow] };
}

/** Whether the pages holding every gram of `queryGrams` are exactly the pages holding the query. */
export const gramsAreExact = (normalized: string) => normalized.length <= 3;

/**
 * Calls `visit` with every two- and three-character gram of a page's normalized text,
 * repeats included, each as a number (`gramKey`): a page has thousands, and numbers
 * spare the build a string for each.
 */
export function forEachGram(normalized: string, visit: (key: number) => void): void {
  for (let at = 0; at + 2 <= normalized.length; at++) {
    const pair = normalized.charCodeAt(at) * 0x10000 + normalized.charCodeAt(at + 1);
    visit(pair);
    if (at + 3 <= normalized.length) visit(pair * 0x10000 + normalized.charCodeAt(at + 2));
  }
}

/**
 * A gram as a number: its code units in base 65536, below 2^48 so exact in a double.
 * A two-unit key stays below 2^32 and a three-unit one above, as text holds no NUL.
 */
export function gramKey(gram: string): number {
  let key = 0;
  for (let i = 0; i < gram.length; i++) key = key * 0x10000 + gram.charCodeAt(i);
  return key;
}

/** A `gramKey` back to its gram. */
export function gramOf(key: number): string {
  const units: number[] = [];
  for (let rest = key; rest > 0; rest = Math.floor(rest / 0x10000)) units.unshift(rest % 0x10000);
  return String.fromCharCode(...units);
}

/** The chunk a gram lives in: FNV-1a over its UTF-16 code units, so build and browser agree. */
export function gramChunk(gram: string, chunks: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    hash ^= gram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % chunks;
}

/** Page ids as gaps: [3, 5, 9] → [3, 2, 4]. */
export function toGaps(ids: readonly number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!));
}

/** Gaps back to page ids: [3, 2, 4] → [3, 5, 9]. */
export function fromGaps(gaps: readonly number[]): number[] {
  let id = 0;
  return gaps.map((gap, i) => (id = i === 0 ? gap : id + gap));
}
