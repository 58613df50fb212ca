/** Suggestions for a mistyped word: the known words nearest to it by edit distance. */
import { distance } from 'fastest-levenshtein';

/** Up to `limit` known words within a third of the word's length in edits, nearest first. */
export function closestWords(word: string, known: readonly string[], limit = 1): string[] {
  const allowed = Math.max(1, Math.ceil(word.length / 3));
  return known
    .map((candidate) => ({ candidate, edits: distance(word.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ edits }) => edits <= allowed)
    .sort((a, b) => a.edits - b.edits)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
