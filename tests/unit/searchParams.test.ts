import { describe, expect, it } from 'vitest';
import { hasFilters, paramsFromState, stateFromParams, withoutFilter, yearsInSortOrder } from '../../src/lib/searchParams';

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

  it('orders by year through the years to search in turn, newest or oldest first', () => {
    const years = ['2022', '2019', '2024'];
    expect(yearsInSortOrder('newest', years)).toEqual(['2024', '2022', '2019']);
    expect(yearsInSortOrder('oldest', years)).toEqual(['2019', '2022', '2024']);
    expect(yearsInSortOrder('relevance', years)).toBeUndefined();
  });

  it('searches only the years the visitor chose', () => {
    expect(yearsInSortOrder('newest', ['2022', '2019', '2024'], ['2019', '2024'])).toEqual(['2024', '2019']);
  });
});

describe('removing a filter', () => {
  const state = stateFromParams(new URLSearchParams('q=捐款&year=2023&year=2022&type=学校'));

  it('drops one value, and the filter with its last value', () => {
    expect(withoutFilter(state, '年份', '2023').filters).toEqual({ 年份: ['2022'], 单位类型: ['学校'] });
    const noType = withoutFilter(state, '单位类型', '学校');
    expect(noType.filters).toEqual({ 年份: ['2023', '2022'] });
    expect(hasFilters(withoutFilter(noType, '年份', '2023'))).toBe(true);
    expect(hasFilters(withoutFilter(withoutFilter(noType, '年份', '2023'), '年份', '2022'))).toBe(false);
  });

  it('leaves the state it was given as it was', () => {
    withoutFilter(state, '年份', '2023');
    expect(state.filters['年份']).toEqual(['2023', '2022']);
  });
});
