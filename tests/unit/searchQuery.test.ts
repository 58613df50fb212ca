import { describe, expect, it } from 'vitest';
import { hasQuotedPhrases, parseQuery, phraseScore, rankByPhrase } from '../../src/lib/searchQuery';

describe('parseQuery', () => {
  it('splits words on spaces', () => {
    expect(parseQuery(' 民族团结  教育月 ')).toEqual({ text: '民族团结 教育月', phrases: [], terms: ['民族团结', '教育月'] });
  });

  it('takes quoted phrases in ASCII, Chinese and corner quotes out as phrases', () => {
    expect(parseQuery('"科学化饲养" 村').phrases).toEqual(['科学化饲养']);
    expect(parseQuery('“科学化饲养”').phrases).toEqual(['科学化饲养']);
    expect(parseQuery('「科学化饲养」').text).toBe('科学化饲养');
  });

  it('an empty query has no terms', () => {
    expect(parseQuery('   ')).toEqual({ text: '', phrases: [], terms: [] });
  });
});

describe('phraseScore', () => {
  const query = parseQuery('科学化 饲养');

  it('scores 2 when the page holds the whole query as one phrase, ignoring spaces', () => {
    expect(phraseScore('推广科学化 饲养技术', query)).toBe(2);
  });

  it('scores 1 when the page holds every word apart', () => {
    expect(phraseScore('科学化管理，规范饲养', query)).toBe(1);
  });

  it('scores 0 when a word is missing', () => {
    expect(phraseScore('规范饲养', query)).toBe(0);
  });
});

describe('rankByPhrase', () => {
  const pages = [
    { id: 'words-only', content: '科学发展，化解矛盾，饲养牛羊' },
    { id: 'both-words', content: '科学化管理，规范饲养' },
    { id: 'phrase', content: '推广科学化饲养技术' },
  ];

  it('puts pages holding the phrase first, then pages with every word, keeping order within each', () => {
    const ranked = rankByPhrase(pages, (page) => page.content, parseQuery('科学化饲养'));
    expect(ranked.map((page) => page.id)).toEqual(['phrase', 'words-only', 'both-words']);
    const byWords = rankByPhrase(pages, (page) => page.content, parseQuery('科学化 饲养'));
    expect(byWords.map((page) => page.id)).toEqual(['phrase', 'both-words', 'words-only']);
  });

  it('keeps only pages holding a quoted phrase', () => {
    const ranked = rankByPhrase(pages, (page) => page.content, parseQuery('"科学化饲养"'));
    expect(ranked.map((page) => page.id)).toEqual(['phrase']);
  });

  it('without quotes every page stays a result', () => {
    expect(hasQuotedPhrases('anything', parseQuery('科学'))).toBe(true);
  });
});
