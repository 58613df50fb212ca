import { describe, expect, it } from 'vitest';
import {
  forEachGram,
  fragmentName,
  fragmentNumber,
  fromGaps,
  gramChunk,
  gramKey,
  gramOf,
  normalizeText,
  queryGrams,
  toGaps,
} from '../../src/lib/exactGrams';
import { buildExactIndex, type ExactPage } from '../../src/lib/exactIndex';
import { ExactPart, exactFirst, holdsPhrase, intersect } from '../../src/lib/exactLookup';

const TEXTS = [
  '我局开展民族团结进步创建活动，组织干部职工学习民族政策。',
  '社区开展结对认亲活动，走访困难群众三十户。',
  '学校开展民族团结教育月活动。我局开展志愿服务。',
  '村委会组织各族群众开展文艺演出，促进交往交流交融。',
  'Pagefind 索引 ABC 与中文混排。',
];
// Fragment names as pagefind writes them: a language prefix and seven hex digits, not in text order.
const pages: ExactPage[] = TEXTS.map((text, i) => ({ fragment: `zh-cn_0${(0xa0000f - 0x100000 * i).toString(16)}`, text: normalizeText(text) }));

/** The pre-filter's files served from memory, counting each fetch. */
function served(files: Map<string, string>) {
  const fetched: string[] = [];
  const part = new ExactPart(async (path) => {
    fetched.push(path);
    const text = files.get(path.replace(/^exact\//, ''));
    if (text === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(text) as unknown;
  });
  return { part, fetched };
}

describe('the exact-phrase pre-filter', () => {
  const files = buildExactIndex(pages, { postingsPerChunk: 50 });
  const sorted = (fragments: string[]) => [...fragments].sort();

  it('finds every page holding a phrase verbatim, whatever its length, and only those for two or three characters', async () => {
    const { part } = served(files);
    const phrases = ['开展', '我局开展', '民族团结', '团结进步创建', '结对认亲活动', '交往交流交融', '教育月', 'abc', '索引abc'];
    for (const phrase of phrases) {
      const holding = pages.filter((page) => page.text.includes(normalizeText(phrase))).map((page) => page.fragment);
      const found = await part.candidates(phrase);
      expect(found, phrase).toBeDefined();
      // Candidates hold every covering gram: all pages with the phrase, perhaps more for a long one.
      expect(found!.fragments, phrase).toEqual(expect.arrayContaining(holding));
      expect(found!.fragments, phrase).toEqual(sorted(found!.fragments));
      if (normalizeText(phrase).length <= 3) {
        expect(found!.certain).toBe(true);
        expect(found!.fragments, phrase).toEqual(sorted(holding));
      }
    }
  });

  it('compares text as the search page does: without spaces or pagefind’s zero-width ones, in lower case', async () => {
    const { part } = served(buildExactIndex([{ fragment: 'zh-cn_00000a1', text: normalizeText('民族\u200b团结 进步 PAGE') }]));
    await expect(part.candidates('团结进步')).resolves.toMatchObject({ fragments: ['zh-cn_00000a1'] });
    await expect(part.candidates('进步page')).resolves.toMatchObject({ fragments: ['zh-cn_00000a1'] });
    expect(holdsPhrase('民族\u200b团结 进步', '团 结进')).toBe(true);
  });

  it('finds no page for a phrase no page holds, and leaves one character to pagefind', async () => {
    const { part } = served(files);
    await expect(part.candidates('不存在的短语')).resolves.toEqual({ fragments: [], certain: false });
    await expect(part.candidates('局')).resolves.toBeUndefined();
  });

  it('narrows with the other grams where the covering grams leave many pages, and only there', async () => {
    // Twelve pages hold the covering grams of 兴隆村认真加强 apart; one holds the phrase.
    const apart = Array.from({ length: 12 }, (_, i) => ({
      fragment: `zh-cn_00001${i.toString(16).padStart(2, '0')}`,
      text: `兴隆村第${i}次会议，认真加强管理。`,
    }));
    const holding = { fragment: 'zh-cn_0000200', text: '兴隆村认真加强学习。' };
    const files = buildExactIndex(
      [...apart, holding].map((page) => ({ ...page, text: normalizeText(page.text) })),
      { postingsPerChunk: 5 },
    );
    const { chunks } = JSON.parse(files.get('meta.json')!) as { chunks: number };
    const chunksOf = (grams: string[]) => grams.map((gram) => `exact/grams/${gramChunk(gram, chunks)}.json`);

    const many = served(files);
    await expect(many.part.candidates('兴隆村认真加强')).resolves.toEqual({ fragments: ['zh-cn_0000200'], certain: false });
    expect(many.fetched).toEqual(expect.arrayContaining(chunksOf(queryGrams('兴隆村认真加强')!.narrow)));

    const few = served(files);
    await expect(few.part.candidates('认真加强学习')).resolves.toEqual({ fragments: ['zh-cn_0000200'], certain: false });
    expect(new Set(few.fetched)).toEqual(new Set(['exact/meta.json', ...chunksOf(queryGrams('认真加强学习')!.cover)]));
  });

  it('fetches only the meta and the chunks a query needs, each once', async () => {
    const { part, fetched } = served(files);
    await part.candidates('结对认亲活动');
    expect(fetched[0]).toBe('exact/meta.json');
    expect(fetched.length - 1).toBeLessThanOrEqual(queryGrams('结对认亲活动')!.cover.length);
    const first = fetched.length;
    await part.candidates('结对认亲活动');
    expect(fetched).toHaveLength(first);
  });

  it('splits its postings into chunks by gram, each page named by its fragment’s hash', () => {
    const meta = JSON.parse(files.get('meta.json')!) as { pages: number; chunks: number; prefix: string; digits: number };
    expect(meta).toMatchObject({ pages: 5, prefix: 'zh-cn_', digits: 7 });
    expect(meta.chunks).toBeGreaterThan(1);
    expect([...files.keys()].filter((path) => path.startsWith('grams/'))).toHaveLength(meta.chunks);
    const chunk = JSON.parse(files.get(`grams/${gramChunk('开展', meta.chunks)}.json`)!) as Record<string, number[]>;
    const numbers = pages.slice(0, 4).map((page) => fragmentNumber(page.fragment, 'zh-cn_'));
    expect(fromGaps(chunk['开展']!)).toEqual(numbers.sort((a, b) => a - b));
    expect(fragmentName(numbers[0]!, meta)).toBe(pages[3]!.fragment);
  });

  it('gives the same files for the same pages, in whatever order they come', () => {
    expect(buildExactIndex([...pages].reverse(), { postingsPerChunk: 50 })).toEqual(files);
  });

  it('fails the build when pagefind names its fragments otherwise', () => {
    expect(() => buildExactIndex([pages[0]!, { fragment: 'en_123', text: 'x' }])).toThrow(/en_123 is not named as zh-cn_0a0000f/);
  });
});

describe('the pre-filter’s helpers', () => {
  it('covers a query with three-character grams, every third and the last, and narrows it with the others, each once', () => {
    expect(queryGrams('我局开展民族团结')).toEqual({ cover: ['我局开', '展民族', '族团结'], narrow: ['局开展', '开展民', '民族团'] });
    expect(queryGrams('交往交往交')).toEqual({ cover: ['交往交'], narrow: ['往交往'] });
    expect(queryGrams('开展')).toEqual({ cover: ['开展'], narrow: [] });
    expect(queryGrams('局')).toBeUndefined();
  });

  it('numbers every two- and three-character gram of a text, and reads a number back', () => {
    const keys: number[] = [];
    forEachGram('民族团结', (key) => keys.push(key));
    expect(keys.map(gramOf)).toEqual(['民族', '民族团', '族团', '族团结', '团结']);
    expect(keys[0]).toBe(gramKey('民族'));
    // Two characters stay below 2^32, three go above: the two never share a number.
    expect(gramKey('民族')).toBeLessThan(2 ** 32);
    expect(gramKey('民族团')).toBeGreaterThan(2 ** 32);
    expect(gramOf(gramKey('a\u4e00中'))).toBe('a\u4e00中');
  });

  it('writes page ids as gaps and reads them back', () => {
    expect(toGaps([3, 5, 9])).toEqual([3, 2, 4]);
    expect(fromGaps([3, 2, 4])).toEqual([3, 5, 9]);
  });

  it('intersects sorted id lists', () => {
    expect(
      intersect([
        [1, 3, 5, 7],
        [3, 7, 9],
        [0, 3, 7],
      ]),
    ).toEqual([3, 7]);
    expect(intersect([])).toEqual([]);
  });
});

describe('exactFirst', () => {
  const result = (id: string) => ({ id });
  it('puts the pages holding the phrase first, pagefind’s in its order, then those it missed, then the rest', () => {
    const results = ['a', 'b', 'c', 'd'].map(result);
    expect(exactFirst(results, ['x', 'c', 'a'], result).map((r) => r.id)).toEqual(['a', 'c', 'x', 'b', 'd']);
  });

  it('leaves pagefind’s order alone when no page holds the phrase', () => {
    expect(exactFirst(['b', 'a'].map(result), [], result).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
