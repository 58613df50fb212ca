/**
 * Sentences for synthetic reports, drawn from the raw reports in corpus/raw/.
 * Only sentences the content linter would pass are kept (no placeholders, personal
 * data or figures), so a generated showcase builds without a finding; figures are
 * written separately, from the metrics each report records.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures } from '../../src/lib/text/figures.ts';
import { RULES } from '../../src/checks/rules/index.ts';

/**
 * The raw reports editors receive (a copy of the team's shared corpus, kept in the
 * repository so a clone builds, benches and tests on its own): the importer's tests and
 * the desk's read them, and the bench draws its sentences from them.
 */
export const CORPUS_DIR = join(import.meta.dirname, '../../corpus/raw');

/** Site noise, compilation markers and MDX syntax a clean report body never holds. */
const NOISE = /欢迎访问|paid|本文标题|上一篇|下一篇|第[一二三四五六七八九十]篇|[A-Za-z0-9０-９*_#<>{}|`\\[\]]/;

const textRules = RULES.flatMap((rule) => (rule.scope === 'text' ? [rule.find] : []));

/** The corpus split into sentences that pass every text rule and state no figure. */
export function cleanSentences(dir = CORPUS_DIR): string[] {
  const text = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
  const sentences = text
    .split(/(?<=[。！？；])|\n/)
    .map((sentence) => sentence.replace(/^[\s　>]+|[\s　]+$/g, ''))
    .filter((sentence) => sentence.length >= 12 && /[。！？；]$/.test(sentence) && !NOISE.test(sentence))
    .filter((sentence) => findFigures(sentence).length === 0 && textRules.every((find) => find(sentence).length === 0));
  return [...new Set(sentences)];
}

/** A small seeded generator (mulberry32), so every run builds the same showcase. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
