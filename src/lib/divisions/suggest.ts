/** Nearest division names to a misspelt one, by shared characters and by pinyin (和顺县 → 和硕县). */
import { pinyin } from 'pinyin-pro';
import type { Division } from './types.ts';

const pinyinCache = new Map<string, string>();
const pinyinOf = (name: string) => {
  let spelled = pinyinCache.get(name);
  if (spelled === undefined) {
    spelled = pinyin(name, { toneType: 'none', separator: '', v: true });
    pinyinCache.set(name, spelled);
  }
  return spelled;
};

/** Dice coefficient over characters: how much of both names the shared characters make up. */
function characterSimilarity(a: string, b: string): number {
  const left = [...a];
  let shared = 0;
  for (const char of b) {
    const at = left.indexOf(char);
    if (at >= 0) {
      shared++;
      left.splice(at, 1);
    }
  }
  return (2 * shared) / ([...a].length + [...b].length);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

const pinyinSimilarity = (a: string, b: string) => {
  const [left, right] = [pinyinOf(a), pinyinOf(b)];
  return 1 - editDistance(left, right) / Math.max(left.length, right.length, 1);
};

/** How alike two names are, 0–1: the better of characters and sound. */
const nameSimilarity = (a: string, b: string) => Math.max(characterSimilarity(a, b), pinyinSimilarity(a, b));

export interface Candidate {
  /** The name or short form compared with. */
  name: string;
  division: Division;
}

/**
 * The divisions whose name or short form is nearest to `name`, best first, at most
 * `limit` and only those alike enough to be worth proposing.
 */
export function nearestDivisions(name: string, candidates: Iterable<Candidate>, limit = 3): Division[] {
  const best = new Map<string, { division: Division; score: number }>();
  for (const candidate of candidates) {
    // Names with nothing in common cannot be near; skipping them saves the pinyin.
    if (characterSimilarity(name, candidate.name) === 0 && pinyinOf(name)[0] !== pinyinOf(candidate.name)[0]) continue;
    const score = nameSimilarity(name, candidate.name);
    const seen = best.get(candidate.division.code);
    if (score >= 0.5 && (!seen || seen.score < score)) best.set(candidate.division.code, { division: candidate.division, score });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.division.level - b.division.level || a.division.code.localeCompare(b.division.code))
    .slice(0, limit)
    .map((entry) => entry.division);
}
