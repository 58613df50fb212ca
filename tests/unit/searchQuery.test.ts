import { describe, expect, it } from 'vitest';
import { containsWords, hasQuotedPhrases, isOneWord, pagefindWords, parseQuery, phraseScore } from '../../src/lib/searchQuery';

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

describe('hasQuotedPhrases', () => {
  it('without quotes every page stays a result', () => {
    expect(hasQuotedPhrases('anything', parseQuery('科学'))).toBe(true);
  });
});

describe('isOneWord', () => {
  it('is true for a query pagefind searches as one word', () => {
    expect(isOneWord(parseQuery('捐款'))).toBe(true);
    expect(isOneWord(parseQuery('  捐款 '))).toBe(true);
  });

  it('is false for several words, a clause, a number with its unit, or a quoted phrase', () => {
    expect(isOneWord(parseQuery('民族团结 教育月'))).toBe(false);
    expect(isOneWord(parseQuery('开展民族团结进步创建活动'))).toBe(false);
    expect(isOneWord(parseQuery('3.2万元'))).toBe(false);
    expect(isOneWord(parseQuery('"捐款"'))).toBe(false);
    expect(isOneWord(parseQuery(''))).toBe(false);
  });
});

describe('pagefindWords and containsWords', () => {
  it('splits a query into the words pagefind looks up, without punctuation or spaces', () => {
    expect(pagefindWords('捐款')).toEqual(['捐款']);
    expect(pagefindWords('民族团结 教育月')).toEqual(expect.arrayContaining(['民族']));
    expect(pagefindWords('“捐款”，ABC')).toEqual(['捐款', 'abc']);
  });

  it('tells a page holding every word from one matched only by a shorter word', () => {
    const words = pagefindWords('捐款');
    expect(containsWords('累计 捐款 近3.2万元', words)).toBe(true);
    expect(containsWords('坚持捐资助学二十年', words)).toBe(false);
  });
});
