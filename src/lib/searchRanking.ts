/**
 * The order of the search page's results, as a pure function of the query and the
 * candidate pages (plain data: no pagefind, no DOM), so the rules are unit-tested
 * apart from the index. Pagefind ranks by how often the words occur, which can put a
 * page holding the query as an exact phrase below pages that merely repeat its words
 * (see searchQuery.ts); these rules put the phrase first.
 */
import { normalizeText } from './exactGrams';
import { hasQuotedPhrases, isOneWord, phraseScore, type ParsedQuery } from './searchQuery';
import type { SortOrder } from './searchParams';

/** A page the index found for the query, in the index's order (best score first). */
export interface Candidate {
  id: string;
  /** The index's score; the candidates arrive sorted by it */
  score: number;
  /** The report's year; a unit profile has none */
  year?: string;
  /** The page's text, needed only for the candidates `textNeeded` counts */
  content?: string;
}

/** How many of the index's top results are re-ranked by phrase (each costs its text, ~3 KB). */
export const RERANK_WINDOW = 40;

/**
 * How many of the first candidates need their text loaded before `rankResults`:
 * none when sorting by year or when the query is one word (every page pagefind finds
 * for one word holds it), all of them for a quoted phrase (a page without it is no
 * result), otherwise the first RERANK_WINDOW.
 */
export function textNeeded(query: ParsedQuery, sort: SortOrder, candidates: number): number {
  if (sort !== 'relevance' || !query.text || isOneWord(query)) return 0;
  return query.phrases.length > 0 ? candidates : Math.min(candidates, RERANK_WINDOW);
}

/**
 * Orders results by phrase score (2: the whole query as one phrase, 1: every word,
 * 0: not all), keeping the index's order within each score, and drops those missing
 * a quoted phrase.
 */
export function rankByPhrase<T>(results: readonly T[], contentOf: (result: T) => string, query: ParsedQuery): T[] {
  return results
    .map((result, order) => ({ result, order, content: contentOf(result) }))
    .filter(({ content }) => hasQuotedPhrases(content, query))
    .map((entry) => ({ ...entry, score: phraseScore(entry.content, query) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ result }) => result);
}

/**
 * Results by year, newest or oldest first, keeping the index's order within a year;
 * pages without a year (unit profiles) come last, in the index's order.
 */
function byYear<T extends Candidate>(candidates: readonly T[], sort: 'newest' | 'oldest'): T[] {
  const direction = sort === 'newest' ? -1 : 1;
  return candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => {
      const [x, y] = [a.candidate.year, b.candidate.year];
      if (x === y) return a.order - b.order;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return direction * x.localeCompare(y);
    })
    .map(({ candidate }) => candidate);
}

/**
 * The search page's order: by year when the visitor sorts so; by relevance otherwise,
 * where the first `textNeeded` candidates are re-ranked by phrase and the rest follow
 * in the index's order. Generic, so the caller gets back its own objects.
 */
export function rankResults<T extends Candidate>(query: ParsedQuery, candidates: readonly T[], sort: SortOrder): T[] {
  if (sort !== 'relevance') return byYear(candidates, sort);
  const window = textNeeded(query, sort, candidates.length);
  if (window === 0) return [...candidates];
  const ranked = rankByPhrase(
    candidates.slice(0, window),
    (candidate) => {
      if (candidate.content === undefined) throw new Error(`rankResults: the text of ${candidate.id} was not loaded`);
      return candidate.content;
    },
    query,
  );
  return ranked.concat(candidates.slice(window));
}

/** How many times `text` holds `phrase`, compared as the pre-filter compares text (`normalizeText`). */
function occurrences(text: string, phrase: string): number {
  const [haystack, needle] = [text, phrase].map(normalizeText);
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * Pages that all hold a phrase verbatim, most relevant first: those whose title holds
 * it, then by how often their text does, keeping the given order between equals.
 * Ranks the pages the search page shows for a clause before searching its words.
 */
export function rankVerbatim<T>(pages: readonly T[], phrase: string, textOf: (page: T) => { title: string; content: string }): T[] {
  return pages
    .map((page, order) => {
      const { title, content } = textOf(page);
      return { page, order, inTitle: occurrences(title, phrase) > 0 ? 1 : 0, count: occurrences(content, phrase) };
    })
    .sort((a, b) => b.inTitle - a.inTitle || b.count - a.count || a.order - b.order)
    .map(({ page }) => page);
}
