import { describe, expect, it } from 'vitest';
import type { SearchState } from '../../src/lib/searchParams';
import { PART_FILTER, partName } from '../../src/lib/searchParts';
import { pagefindWords, parseQuery } from '../../src/lib/searchQuery';
import { RERANK_WINDOW, rankByPhrase, rankResults, rankVerbatim, textNeeded, type Candidate } from '../../src/lib/searchRanking';
import { pagefindIndex } from '../../src/scripts/searchIndex';
import { findResults, VERBATIM_FIRST, type Hit, type SearchIndex } from '../../src/scripts/searchResults';

const ids = (results: readonly { id: string }[]) => results.map((result) => result.id);

describe('rankByPhrase', () => {
  const pages = [
    { id: 'words-only', content: '科学发展，化解矛盾，饲养牛羊' },
    { id: 'both-words', content: '科学化管理，规范饲养' },
    { id: 'phrase', content: '推广科学化饲养技术' },
  ];

  it('puts pages holding the phrase first, then pages with every word, keeping order within each', () => {
    expect(ids(rankByPhrase(pages, (page) => page.content, parseQuery('科学化饲养')))).toEqual(['phrase', 'words-only', 'both-words']);
    expect(ids(rankByPhrase(pages, (page) => page.content, parseQuery('科学化 饲养')))).toEqual(['phrase', 'both-words', 'words-only']);
  });

  it('keeps only pages holding a quoted phrase', () => {
    expect(ids(rankByPhrase(pages, (page) => page.content, parseQuery('"科学化饲养"')))).toEqual(['phrase']);
  });
});

describe('rankVerbatim', () => {
  const pages = [
    { id: 'once', title: '2021年工作总结', content: '开展民族团结教育月活动' },
    { id: 'twice', title: '2022年工作总结', content: '民族团结 教育月启动，民族团结教育月结束' },
    { id: 'title', title: '民族团结教育月实施方案', content: '开展民族团结教育月' },
    { id: 'once-too', title: '2023年工作总结', content: '民族团结教育月' },
  ];

  it('puts pages whose title holds the phrase first, then those holding it most often, keeping the order between equals', () => {
    expect(ids(rankVerbatim(pages, '民族团结教育月', (page) => page))).toEqual(['title', 'twice', 'once', 'once-too']);
  });
});

describe('textNeeded', () => {
  it('needs no text to sort by year, for no query, or for one word', () => {
    expect(textNeeded(parseQuery('民族团结 教育月'), 'newest', 100)).toBe(0);
    expect(textNeeded(parseQuery(''), 'relevance', 100)).toBe(0);
    expect(textNeeded(parseQuery('捐款'), 'relevance', 100)).toBe(0);
  });

  it('needs the first RERANK_WINDOW texts for words, and every text for a quoted phrase', () => {
    expect(textNeeded(parseQuery('民族团结 教育月'), 'relevance', 100)).toBe(RERANK_WINDOW);
    expect(textNeeded(parseQuery('民族团结 教育月'), 'relevance', 7)).toBe(7);
    expect(textNeeded(parseQuery('"集中双语学习"'), 'relevance', 100)).toBe(100);
  });
});

describe('rankResults', () => {
  const candidate = (id: string, score: number, content?: string, year?: string): Candidate => ({ id, score, content, year });

  it('by relevance, puts the phrase first and keeps the index order among equals', () => {
    const candidates = [
      candidate('words-a', 9, '科学发展，饲养牛羊'),
      candidate('phrase-a', 8, '推广科学化饲养技术'),
      candidate('words-b', 7, '科学管理，饲养'),
      candidate('phrase-b', 6, '科学化饲养'),
      candidate('missing', 5, '规范饲养'),
    ];
    expect(ids(rankResults(parseQuery('科学化饲养'), candidates, 'relevance'))).toEqual(['phrase-a', 'phrase-b', 'words-a', 'words-b', 'missing']);
  });

  it('re-ranks only the first RERANK_WINDOW candidates; those after keep their place and need no text', () => {
    const window = Array.from({ length: RERANK_WINDOW }, (_, i) => candidate(`w${i}`, 100 - i, '科学 化 饲养'));
    const late = candidate('late-phrase', 1);
    const ranked = rankResults(parseQuery('科学化 饲养'), [...window, late], 'relevance');
    expect(ranked.at(-1)).toBe(late);
    expect(ranked).toHaveLength(RERANK_WINDOW + 1);
  });

  it('with a quoted phrase, checks every candidate and keeps only those holding it', () => {
    const many = Array.from({ length: RERANK_WINDOW + 10 }, (_, i) =>
      candidate(`c${i}`, 100 - i, i === RERANK_WINDOW + 5 ? '集中双语学习' : '双语 学习'),
    );
    expect(ids(rankResults(parseQuery('"集中双语学习"'), many, 'relevance'))).toEqual([`c${RERANK_WINDOW + 5}`]);
  });

  it('leaves one word in the index order, with no text loaded', () => {
    const candidates = [candidate('b', 2), candidate('a', 1)];
    expect(ids(rankResults(parseQuery('捐款'), candidates, 'relevance'))).toEqual(['b', 'a']);
  });

  it('refuses to rank by phrase a candidate whose text was not loaded', () => {
    expect(() => rankResults(parseQuery('科学化 饲养'), [candidate('a', 1)], 'relevance')).toThrow(/not loaded/);
  });

  it('by year, orders newest or oldest first, unit profiles last, ties in the index order', () => {
    const candidates = [
      candidate('profile-1', 9),
      candidate('2021-a', 8, undefined, '2021'),
      candidate('2023', 7, undefined, '2023'),
      candidate('2021-b', 6, undefined, '2021'),
      candidate('profile-2', 5),
      candidate('2019', 4, undefined, '2019'),
    ];
    const query = parseQuery('民族团结 教育月');
    expect(ids(rankResults(query, candidates, 'newest'))).toEqual(['2023', '2021-a', '2021-b', '2019', 'profile-1', 'profile-2']);
    expect(ids(rankResults(query, candidates, 'oldest'))).toEqual(['2019', '2021-a', '2021-b', '2023', 'profile-1', 'profile-2']);
  });
});

/**
 * A fake pagefind over pages in parts. Like pagefind, a search finds the pages holding
 * every word; where none of the searched pages does, it falls back to pages holding a
 * word's first character (捐款 → 捐), as pagefind does with the longest word that
 * begins it.
 */
interface FakePage {
  id: string;
  part: number;
  score: number;
  content: string;
  year?: string;
}

function fakePagefind(pages: readonly FakePage[]) {
  const admits = (page: FakePage, filters: Record<string, string[]>) =>
    Object.entries(filters).every(([name, values]) => {
      if (name === PART_FILTER) return values.includes(partName(page.part));
      if (name === '年份') return page.year !== undefined && values.includes(page.year);
      return false;
    });
  return {
    async search(text: string | null, { filters }: { filters: Record<string, string[]> }) {
      const searched = pages.filter((page) => admits(page, filters));
      const words = text === null ? [] : pagefindWords(text);
      const holding = (terms: string[]) => searched.filter((page) => terms.every((term) => page.content.includes(term)));
      const exact = holding(words);
      const found = exact.length > 0 ? exact : holding(words.map((word) => word[0]));
      const results = [...found]
        .sort((a, b) => b.score - a.score)
        .map((page) => ({
          id: page.id,
          score: page.score,
          data: async () => ({ url: `/${page.id}/`, content: page.content, excerpt: '', meta: {} }),
        }));
      const years: Record<string, number> = {};
      for (const page of found) years[page.year ?? ''] = (years[page.year ?? ''] ?? 0) + 1;
      return { results, filters: { 年份: years } };
    },
    filters: async () => ({}),
  };
}

describe('findResults over an index in parts', () => {
  const pages: FakePage[] = [
    { id: 'p1-words', part: 0, score: 9, content: '开展民族团结活动，举办教育月', year: '2022' },
    { id: 'p1-profile', part: 0, score: 3, content: '本单位民族团结教育月成效显著' },
    { id: 'p2-phrase', part: 1, score: 2, content: '民族团结教育月启动', year: '2023' },
    { id: 'p2-words', part: 1, score: 8, content: '民族团结，教育月', year: '2021' },
    { id: 'p2-fallback', part: 1, score: 10, content: '捐资助学', year: '2020' },
    { id: 'p3-donation', part: 2, score: 1, content: '职工捐款', year: '2020' },
  ];
  const index = pagefindIndex(fakePagefind(pages), 3);
  const state = (query: string, sort: SearchState['sort'] = 'relevance'): SearchState => ({ query, filters: {}, sort });
  const find = (query: string, sort?: SearchState['sort']) =>
    findResults(index, state(query, sort), parseQuery(query), ['2020', '2021', '2022', '2023']);

  it('merges the parts by score, then puts the pages holding the phrase first, whichever part holds them', async () => {
    const { hits } = await find('民族团结 教育月');
    expect(ids(hits)).toEqual(['p1-profile', 'p2-phrase', 'p1-words', 'p2-words']);
  });

  it('leaves out a part that only matched a shorter word while another part holds the word', async () => {
    expect(ids((await find('捐款')).hits)).toEqual(['p3-donation']);
    expect(ids((await index.candidates('捐资', {})).hits)).toEqual(['p2-fallback']);
  });

  it('asks the pre-filter which parts hold a one-word query, and loads a page’s text only where it cannot tell', async () => {
    const fake = fakePagefind(pages);
    const loaded: string[] = [];
    const watched = {
      ...fake,
      async search(...args: Parameters<typeof fake.search>) {
        const search = await fake.search(...args);
        const results = search.results.map((result) => ({ ...result, data: () => (loaded.push(result.id), result.data()) }));
        return { ...search, results };
      },
    };
    const asked: string[] = [];
    const answers: (boolean | undefined)[][] = [
      [undefined, false, true],
      [undefined, undefined, true],
    ];
    const holding = pagefindIndex(watched, 3, async (word) => (asked.push(word), answers[asked.length - 1]!));
    expect(ids((await holding.candidates('捐款', {})).hits)).toEqual(['p3-donation']);
    expect(loaded).toEqual([]);
    expect(ids((await holding.candidates('捐款', {})).hits)).toEqual(['p3-donation']);
    expect(loaded).toEqual(['p2-fallback']);
    await holding.candidates('民族团结 教育月', {});
    expect(asked).toEqual(['捐款', '捐款']);
  });

  it('adds up the facet counts of the parts it keeps', async () => {
    expect((await find('民族团结 教育月')).counts['年份']).toEqual({ '2022': 1, '': 1, '2023': 1, '2021': 1 });
  });

  it('sorts by year across the parts, with the year of each page from one search per year', async () => {
    expect(ids((await find('民族团结 教育月', 'newest')).hits)).toEqual(['p2-phrase', 'p1-words', 'p2-words', 'p1-profile']);
    expect(ids((await find('民族团结 教育月', 'oldest')).hits)).toEqual(['p2-words', 'p1-words', 'p2-phrase', 'p1-profile']);
  });

  it('loads a page’s data once, however often it is asked', async () => {
    const { hits } = await find('民族团结 教育月');
    expect(hits[0].data()).toBe(hits[0].data());
  });
});

describe('findResults for a clause a few pages hold verbatim', () => {
  const page = (id: string, content: string, year: string): Hit => ({
    id,
    score: 0,
    data: async () => ({ url: `/${id}/`, content, excerpt: '', meta: { title: id }, filters: { 年份: [year] } }),
  });
  const holding = [page('once', '我局开展民族团结教育月活动', '2021'), page('twice', '民族团结教育月启动，民族团结教育月结束', '2022')];
  const words = [page('words', '民族团结，教育月', '2020'), ...holding];
  /** An index whose pre-filter finds `verbatim` and whose word search finds `words`, recording what it is asked. */
  const fakeIndex = (verbatim: Hit[]) => {
    const asked: string[] = [];
    const index: SearchIndex = {
      candidates: async (text) => (asked.push(`words ${text}`), { hits: words, counts: { 年份: { '2020': 1, '2021': 1, '2022': 1 } } }),
      exactFirst: async (_query, hits) => [...hits.slice(1), hits[0]!],
      verbatim: async (phrase, atMost) => (asked.push(`verbatim ${phrase}`), verbatim.length <= atMost ? verbatim : undefined),
      yearsOf: async () => new Map(),
      allCounts: async () => ({}),
    };
    return { index, asked };
  };
  const find = (index: SearchIndex, query: string, state: Partial<SearchState> = {}) =>
    findResults(index, { query, filters: {}, sort: 'relevance', ...state }, parseQuery(query), ['2020', '2021', '2022']);

  it('gives the pages holding it, most often first, without searching its words until asked', async () => {
    const { index, asked } = fakeIndex(holding);
    const found = await find(index, '民族团结教育月');
    expect(ids(found.hits)).toEqual(['twice', 'once']);
    expect(found.counts).toEqual({ 年份: { '2021': 1, '2022': 1 } });
    expect(asked).toEqual(['verbatim 民族团结教育月']);
    expect(ids((await found.rest!()).hits)).toEqual(['once', 'twice', 'words']);
    expect(asked).toEqual(['verbatim 民族团结教育月', 'words 民族团结教育月']);
  });

  it('searches the words at once where no page or too many pages hold it', async () => {
    for (const verbatim of [[], Array.from({ length: VERBATIM_FIRST + 1 }, (_, i) => page(`p${i}`, '民族团结教育月', '2021'))]) {
      const found = await find(fakeIndex(verbatim).index, '民族团结教育月');
      expect(ids(found.hits)).toEqual(['once', 'twice', 'words']);
      expect(found.rest).toBeUndefined();
    }
  });

  it('leaves words apart, quoted phrases, one word, filters and sorting by year to the word search', async () => {
    const cases: [string, Partial<SearchState>][] = [
      ['民族团结 教育月', {}],
      ['"民族团结教育月"', {}],
      ['捐款', {}],
      ['民族团结教育月', { filters: { 年份: ['2021'] } }],
      ['民族团结教育月', { sort: 'newest' }],
    ];
    for (const [query, state] of cases) {
      const { index, asked } = fakeIndex(holding);
      expect((await find(index, query, state)).rest, query).toBeUndefined();
      expect(
        asked.some((line) => line.startsWith('verbatim')),
        query,
      ).toBe(false);
    }
  });
});
