import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normalizeText } from '../../src/lib/exactGrams';
import { buildExactIndex } from '../../src/lib/exactIndex';
import { parseQuery } from '../../src/lib/searchQuery';
import { ExactSearch, exactOrder, type ExactResult } from '../../src/scripts/searchExact';

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

describe('ExactSearch across many parts', () => {
  // Six parts, each with nine pages holding the covering grams of 兴隆村认真加强 apart (too few
  // for a part to narrow on its own, 54 together: too many to confirm); one page holds the phrase.
  const PHRASE = '兴隆村认真加强';
  const partPages = (part: number) => [
    ...Array.from({ length: 9 }, (_, i) => ({ fragment: `zh-cn_${part}00000${i}`, text: `兴隆村第${i}次会议，认真加强管理。` })),
    ...(part === 3 ? [{ fragment: `zh-cn_${part}0000aa`, text: '兴隆村认真加强学习。' }] : []),
  ];
  const folders = Array.from({ length: 6 }, (_, part) => (part === 0 ? '' : `part-${part}/`));
  const served = new Map<string, Uint8Array>();
  for (const [part, folder] of folders.entries()) {
    const pages = partPages(part);
    for (const [path, text] of buildExactIndex(
      pages.map((page) => ({ ...page, text: normalizeText(page.text) })),
      { postingsPerChunk: 5 },
    ))
      served.set(`/pagefind/${folder}exact/${path}`, Buffer.from(text));
    for (const page of pages) {
      const fragment = { url: `/reports/${page.fragment}/`, content: page.text, meta: {} };
      served.set(`/pagefind/${folder}fragment/${page.fragment}.pf_fragment`, gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
    }
  }
  const fetched: string[] = [];

  beforeAll(() => {
    vi.stubGlobal('location', { origin: 'http://localhost' });
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const body = served.get(url);
      return body === undefined ? new Response(null, { status: 404 }) : new Response(new Uint8Array(body));
    });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('narrows every part when together they hold too many candidates, and finds the one page holding the phrase', async () => {
    const search = new ExactSearch({ bundle: '/pagefind/', folders, baseUrl: '/', highlightParam: 'highlight' });
    expect(await search.pagesHolding(PHRASE, new Map())).toEqual(['zh-cn_30000aa']);
    // Confirmed against its text: only the one candidate left after narrowing had its fragment fetched.
    expect(fetched.filter((url) => url.endsWith('.pf_fragment'))).toEqual(['/pagefind/part-3/fragment/zh-cn_30000aa.pf_fragment']);
  });

  it('tells which parts hold a word of two or three characters from their pre-filters, and leaves longer words and single characters to the pages', async () => {
    const search = new ExactSearch({ bundle: '/pagefind/', folders, baseUrl: '/', highlightParam: 'highlight' });
    const before = fetched.length;
    expect(await search.partsHolding('学习')).toEqual([false, false, false, true, false, false]);
    expect(await search.partsHolding('兴隆村')).toEqual([true, true, true, true, true, true]);
    expect(await search.partsHolding('认真加强')).toEqual(Array(6).fill(undefined));
    expect(await search.partsHolding('局')).toEqual(Array(6).fill(undefined));
    expect(fetched.slice(before).filter((url) => url.endsWith('.pf_fragment'))).toEqual([]);
  });
});
