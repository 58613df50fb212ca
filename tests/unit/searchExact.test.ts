import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/searchQuery';
import { exactOrder, type ExactResult } from '../../src/scripts/searchExact';

/** Pages by id with their text; the fake lookup answers as the pre-filters would (every page holding the phrase). */
const TEXTS: Record<string, string> = {
  a: '开展民族团结教育月活动',
  b: '民族团结，教育月',
  c: '集中双语学习',
  d: '集中学习双语',
  e: '我局开展民族团结教育月宣讲',
};
const lookup = {
  pagesHolding: async (phrase: string) =>
    [...phrase].length < 2 ? undefined : Object.keys(TEXTS).filter((id) => TEXTS[id]!.includes(phrase.replace(/\s+/g, ''))),
  result: (id: string): ExactResult => ({ id, score: 0, data: async () => ({ url: `/${id}/`, content: TEXTS[id]!, excerpt: '', meta: {} }) }),
};
const hit = (id: string, score = 1): ExactResult => ({ ...lookup.result(id), score });
const ids = (results?: readonly { id: string }[]) => results?.map((result) => result.id);

describe('exactOrder', () => {
  it('puts every page holding the whole query first, pagefind’s in its order, then those pagefind missed, then the rest', async () => {
    const found = await exactOrder(lookup, [hit('b'), hit('a'), hit('d')], parseQuery('民族团结 教育月'));
    expect(ids(found)).toEqual(['a', 'e', 'b', 'd']);
  });

  it('returns exactly the pages holding a quoted phrase, found by pagefind or not', async () => {
    expect(ids(await exactOrder(lookup, [hit('d')], parseQuery('"集中双语学习"')))).toEqual(['c']);
    expect(ids(await exactOrder(lookup, [hit('d'), hit('c')], parseQuery('"集中双语学习"')))).toEqual(['c']);
  });

  it('keeps a page pagefind missed only where the chosen filters admit it', async () => {
    const found = await exactOrder(lookup, [hit('b')], parseQuery('民族团结教育月'), async () => new Set(['b']));
    expect(ids(found)).toEqual(['b']);
  });

  it('leaves a one-character query to the ranking', async () => {
    expect(await exactOrder(lookup, [hit('a')], parseQuery('局'))).toBeUndefined();
  });
});
