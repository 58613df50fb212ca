import { describe, expect, it } from 'vitest';
import { pagefindSort, paramsFromState, stateFromParams } from '../../src/lib/searchParams';

describe('search state in the URL', () => {
  it('reads the query, Chinese filters from ASCII parameters, and the sort', () => {
    const state = stateFromParams(new URLSearchParams('q=捐款&year=2023&year=2022&type=学校&sort=newest'));
    expect(state).toEqual({ query: '捐款', filters: { 年份: ['2023', '2022'], 单位类型: ['学校'] }, sort: 'newest' });
  });

  it('falls back to relevance for an unknown sort and ignores unknown parameters', () => {
    expect(stateFromParams(new URLSearchParams('q=a&sort=random&foo=bar'))).toEqual({ query: 'a', filters: {}, sort: 'relevance' });
  });

  it('writes back the same URL it reads, leaving out defaults', () => {
    const params = 'q=%E6%8D%90%E6%AC%BE&year=2023&kind=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93';
    expect(paramsFromState(stateFromParams(new URLSearchParams(params))).toString()).toBe(params);
    expect(paramsFromState({ query: '', filters: {}, sort: 'relevance' }).toString()).toBe('');
  });

  it('maps the sort orders to pagefind’s year sort', () => {
    expect(pagefindSort('newest')).toEqual({ year: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ year: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });
});
