/**
 * Finds, through a part's exact-phrase pre-filter (see exactGrams.ts), the pages that
 * may hold a phrase verbatim: the pages holding every gram that covers it. For a
 * phrase of two or three characters that is exactly the pages holding it; a longer
 * one's candidates are confirmed against the page's text (`holdsPhrase`). Files are
 * fetched through `load`, once each, so later queries reuse what earlier ones fetched.
 */
import {
  EXACT_FOLDER,
  fragmentName,
  fromGaps,
  gramChunk,
  gramsAreExact,
  normalizeText,
  queryGrams,
  type ExactMeta,
  type GramChunk,
} from './exactGrams';

/**
 * Candidates beyond which a part fetches the query's narrowing grams: a gram chunk
 * (about 10 KB at 10,000 reports) costs about what confirming five pages costs.
 */
const NARROW_ABOVE = 10;

/** Fetches and parses a JSON file of the part, by path relative to the part's folder. */
export type LoadJson = (path: string) => Promise<unknown>;

export interface ExactCandidates {
  /** pagefind fragment names (result ids) of the pages, in the order of their hashes. */
  fragments: string[];
  /** Whether every candidate holds the phrase (no confirmation needed). */
  certain: boolean;
}

/** Sorted intersection of sorted id lists. */
export function intersect(lists: readonly (readonly number[])[]): number[] {
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  if (!shortest) return [];
  const sets = others.map((list) => new Set(list));
  return shortest.filter((id) => sets.every((set) => set.has(id)));
}

/** Whether a page's text holds the phrase verbatim, as the pre-filter compares text. */
export const holdsPhrase = (content: string, phrase: string) => normalizeText(content).includes(normalizeText(phrase));

/** One part's pre-filter, loading its files as queries need them. */
export class ExactPart {
  readonly #files = new Map<string, Promise<unknown>>();
  readonly #load: LoadJson;

  constructor(load: LoadJson) {
    this.#load = load;
  }

  #file<T>(path: string): Promise<T> {
    let file = this.#files.get(path);
    if (!file) {
      file = this.#load(`${EXACT_FOLDER}${path}`);
      // A failed fetch is tried again by the next query.
      void file.catch(() => this.#files.delete(path));
      this.#files.set(path, file);
    }
    return file as Promise<T>;
  }

  /** The pages holding `gram`, as numbers. */
  async #pagesWith(gram: string, meta: ExactMeta): Promise<number[]> {
    return fromGaps((await this.#file<GramChunk>(`grams/${gramChunk(gram, meta.chunks)}.json`))[gram] ?? []);
  }

  /**
   * The candidates for `phrase`, or undefined for a phrase the pre-filter does not answer
   * (one character): the pages holding its cover grams, narrowed by its other grams
   * where more than `narrowAbove` remain. Asked again with a lower `narrowAbove`, it
   * fetches only the narrowing grams (the cover's chunks are kept).
   */
  async candidates(phrase: string, { narrowAbove = NARROW_ABOVE } = {}): Promise<ExactCandidates | undefined> {
    const normalized = normalizeText(phrase);
    const grams = queryGrams(normalized);
    if (!grams) return undefined;
    const meta = await this.#file<ExactMeta>('meta.json');
    let pages = intersect(await Promise.all(grams.cover.map((gram) => this.#pagesWith(gram, meta))));
    if (pages.length > narrowAbove && grams.narrow.length > 0) {
      pages = intersect([pages, ...(await Promise.all(grams.narrow.map((gram) => this.#pagesWith(gram, meta))))]);
    }
    return { fragments: pages.map((page) => fragmentName(page, meta)), certain: gramsAreExact(normalized) };
  }
}

/**
 * The results in the order the search page shows them: the pages in `exact` first
 * (those pagefind returned in its order, then the others in theirs), then the rest of
 * `results`. `make` turns an id pagefind did not return into a result.
 */
export function exactFirst<T extends { id: string }>(results: readonly T[], exact: readonly string[], make: (id: string) => T): T[] {
  const wanted = new Set(exact);
  const returned = new Set(results.map((result) => result.id));
  return [
    ...results.filter((result) => wanted.has(result.id)),
    ...exact.filter((id) => !returned.has(id)).map(make),
    ...results.filter((result) => !wanted.has(result.id)),
  ];
}
