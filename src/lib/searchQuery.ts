/**
 * Query handling around pagefind. Pagefind segments Chinese queries with the
 * browser's Intl.Segmenter and ranks pages by how often the words occur, so a page
 * holding the query as an exact phrase can rank below pages that merely repeat its
 * words, and a quoted phrase finds nothing. These functions let the search page ask
 * pagefind for the words and then rank by the phrase itself (searchRanking.ts).
 */

export interface ParsedQuery {
  /** What pagefind is asked: the words and phrases, without quotes */
  text: string;
  /** Phrases the visitor quoted ("…", “…”, 「…」): a result must contain each */
  phrases: string[];
  /** Every word and phrase, each of which a well-matching result contains */
  terms: string[];
}

const QUOTED = /"([^"]+)"|“([^”]+)”|「([^」]+)」/g;

export function parseQuery(raw: string): ParsedQuery {
  const phrases = [...raw.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3]).trim()).filter(Boolean);
  const words = raw.replace(QUOTED, ' ').split(/\s+/).filter(Boolean);
  const terms = [...phrases, ...words];
  return { text: terms.join(' '), phrases, terms };
}

const WORDS = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The words pagefind looks up for a query: it splits Chinese with the browser's
 * Intl.Segmenter and leaves out punctuation and spaces.
 */
export function pagefindWords(text: string): string[] {
  return [...WORDS.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment.toLowerCase());
}

/**
 * Whether the query is one word as pagefind splits it: every page pagefind finds for
 * one word contains it, so ranking by phrase would change nothing and need not load
 * every result's text first.
 */
export function isOneWord(query: ParsedQuery): boolean {
  if (query.phrases.length > 0) return false;
  const words = pagefindWords(query.text);
  return words.length === 1 && words[0] === query.text.toLowerCase();
}

/** Whether a page's text holds every word (as `pagefindWords` gives them). */
export function containsWords(content: string, words: readonly string[]): boolean {
  const text = compact(content);
  return words.every((word) => text.includes(word));
}

/** Text compared without spaces or case, as a Chinese reader would read a phrase. */
function compact(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * How well a page's text matches: 2 when it contains the whole query as one
 * phrase, 1 when it contains every word and phrase, 0 otherwise.
 */
export function phraseScore(content: string, query: ParsedQuery): 0 | 1 | 2 {
  const text = compact(content);
  if (query.terms.length === 0) return 0;
  if (text.includes(compact(query.terms.join('')))) return 2;
  return query.terms.every((term) => text.includes(compact(term))) ? 1 : 0;
}

/** Whether the page contains every quoted phrase (pages that don't are not results). */
export function hasQuotedPhrases(content: string, query: ParsedQuery): boolean {
  const text = compact(content);
  return query.phrases.every((phrase) => text.includes(compact(phrase)));
}
