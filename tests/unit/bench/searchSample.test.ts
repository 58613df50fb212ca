import { describe, expect, it } from 'vitest';
import { commonWords, compact, median, pickClauses, type IndexedPage } from '../../../tools/bench/searchSample.ts';

const SHARED = '深入开展民族团结进步创建活动，促进各民族交往交流交融。';
const pages: IndexedPage[] = [
  { url: '/reports/a/2021-summary/', content: `${SHARED}今年组织干部职工赴红旗渠参观学习。` },
  { url: '/reports/b/2021-summary/', content: `${SHARED}我局开展结对认亲活动，走访困难群众。` },
  { url: '/reports/c/2021-summary/', content: SHARED },
  { url: '/units/a/', content: `${SHARED}单位概况。` },
];
const isReport = (url: string) => url.startsWith('/reports/');

describe('the scale bench picks clauses that only one report holds', () => {
  const clauses = pickClauses(pages, isReport, 10);

  it('gives each report that has one a clause of 5–10 characters held by no other page', () => {
    expect(clauses.map((clause) => clause.url).sort()).toEqual(['/reports/a/2021-summary/', '/reports/b/2021-summary/']);
    for (const { url, clause } of clauses) {
      expect(clause.length).toBeGreaterThanOrEqual(5);
      expect(clause.length).toBeLessThanOrEqual(10);
      expect(/^\p{Script=Han}+$/u.test(clause)).toBe(true);
      expect(pages.filter((page) => compact(page.content).includes(clause)).map((page) => page.url)).toEqual([url]);
    }
  });

  it('draws the same clauses for the same seed, and stops at the count asked for', () => {
    expect(pickClauses(pages, isReport, 10)).toEqual(clauses);
    expect(pickClauses(pages, isReport, 1)).toHaveLength(1);
  });
});

describe('the scale bench picks common words', () => {
  it('takes words of two to four Chinese characters, each with the pages that hold it verbatim', () => {
    const words = commonWords(pages, 3);
    expect(words).toHaveLength(3);
    for (const { word, pages: holding } of words) {
      expect(word).toMatch(/^\p{Script=Han}{2,4}$/u);
      expect(holding).toBe(pages.filter((page) => page.content.includes(word)).length);
    }
    // The most common word comes first: every page holds the shared sentence's words.
    expect(words[0]!.pages).toBe(4);
  });
});

describe('median', () => {
  it('is the middle value, the lower middle for an even count, 0 for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBe(0);
  });
});
