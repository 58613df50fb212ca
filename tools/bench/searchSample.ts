/**
 * What the scale bench searches for, picked from the text pagefind indexed (its
 * fragments): for reports drawn with a fixed seed, a clause of 5–10 characters that
 * occurs in no other page, and common words of two to four characters with the
 * number of pages that hold each. Pure, so the picking is unit-tested.
 */
import { seededRandom } from './scaleCorpus.ts';

export interface IndexedPage {
  /** The page's path, e.g. /reports/unit-00001/2015-summary/ */
  url: string;
  /** The text pagefind indexed for it. */
  content: string;
}

export interface Clause {
  url: string;
  clause: string;
}

/** Text compared without spaces (pagefind's zero-width ones between words too) or case, as the search page compares a phrase. */
export const compact = (text: string) => text.replace(/[\s\u200b]+/g, '').toLowerCase();

const HAN_RUN = /\p{Script=Han}+/gu;
const GRAM = 5;
const MULTIPLE = -1;

/** Runs of Chinese characters: what a reader types as a clause, without punctuation or figures. */
const hanRuns = (text: string) => [...compact(text).matchAll(HAN_RUN)].map((match) => match[0]);

/**
 * Each 5-character string of the pages' Chinese runs, with the one page holding it
 * or MULTIPLE. A window holding a 5-gram only its page holds occurs on no other page.
 */
function gramOwners(pages: readonly IndexedPage[]): Map<string, number> {
  const owners = new Map<string, number>();
  for (const [i, page] of pages.entries()) {
    for (const run of hanRuns(page.content)) {
      for (let at = 0; at + GRAM <= run.length; at++) {
        const gram = run.slice(at, at + GRAM);
        const owner = owners.get(gram);
        if (owner === undefined) owners.set(gram, i);
        else if (owner !== i && owner !== MULTIPLE) owners.set(gram, MULTIPLE);
      }
    }
  }
  return owners;
}

/** Fisher–Yates with the bench's seeded generator: the same order for the same seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * For `count` pages drawn with `seed` among those `isReport` accepts, the first
 * window of Chinese characters, 5 to 10 long (the shortest at each place, from a
 * length drawn with the seed), that no other page holds. A page with no such window
 * is passed over for the next one drawn.
 */
export function pickClauses(pages: readonly IndexedPage[], isReport: (url: string) => boolean, count: number, seed = 14): Clause[] {
  const owners = gramOwners(pages);
  const random = seededRandom(seed + 1);
  const clauses: Clause[] = [];
  const drawn = shuffled(
    pages.flatMap((page, i) => (isReport(page.url) ? [i] : [])),
    seed,
  );
  for (const i of drawn) {
    if (clauses.length === count) break;
    const length = GRAM + Math.floor(random() * 6);
    const clause = uniqueWindow(hanRuns(pages[i]!.content), length, (gram) => owners.get(gram) === i);
    if (clause) clauses.push({ url: pages[i]!.url, clause });
  }
  return clauses;
}

/** The first window of `length` (or shorter, down to 5 at a run's end) holding a gram only this page holds. */
function uniqueWindow(runs: readonly string[], length: number, isOwn: (gram: string) => boolean): string | undefined {
  for (const run of runs) {
    for (let at = 0; at + GRAM <= run.length; at++) {
      if (!isOwn(run.slice(at, at + GRAM))) continue;
      // Centre the own gram in the window where the run allows, so the clause reads as one.
      const start = Math.max(0, Math.min(at - Math.floor((length - GRAM) / 2), run.length - length));
      return run.slice(start, start + length);
    }
  }
  return undefined;
}

const WORDS = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export interface CommonWord {
  word: string;
  /** Pages whose text holds the word verbatim. */
  pages: number;
}

/**
 * `count` words of two to four Chinese characters, as Intl.Segmenter (and so
 * pagefind) splits the pages, spread evenly over the 10 × `count` words most pages
 * hold: very common words and middling ones. Each with the number of pages holding it
 * verbatim, which is what a search for it should find.
 */
export function commonWords(pages: readonly IndexedPage[], count = 30): CommonWord[] {
  const documentFrequency = new Map<string, number>();
  for (const page of pages) {
    const words = new Set<string>();
    for (const { segment, isWordLike } of WORDS.segment(compact(page.content))) {
      if (isWordLike && /^\p{Script=Han}{2,4}$/u.test(segment)) words.add(segment);
    }
    for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const ranked = [...documentFrequency].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([word]) => word);
  const step = Math.max(1, Math.floor(Math.min(ranked.length, 10 * count) / count));
  const texts = pages.map((page) => compact(page.content));
  return ranked
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((word) => ({ word, pages: texts.filter((text) => text.includes(word)).length }));
}

/** The middle value (the lower of the two middle ones), or 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}
