import { describe, expect, it } from 'vitest';
import { addCounts, countFilters, partName, searchPartFolder } from '../../src/lib/searchParts';

describe('search index parts', () => {
  it('names the folders and filter values of the parts', () => {
    expect([0, 1, 2].map(searchPartFolder)).toEqual(['', 'part-2/', 'part-3/']);
    expect([0, 1, 2].map(partName)).toEqual(['1', '2', '3']);
  });

  it('adds up facet counts of searches over different parts', () => {
    const first = { 年份: { '2023': 2, '2022': 1 }, 地区: { 山西省: 3 } };
    const second = { 年份: { '2023': 4 }, 单位类型: { 学校: 1 } };
    expect(addCounts([first, second])).toEqual({ 年份: { '2023': 6, '2022': 1 }, 地区: { 山西省: 3 }, 单位类型: { 学校: 1 } });
    expect(first.年份['2023']).toBe(2);
  });

  it('counts the filter values of pages, as pagefind counts a search’s results', () => {
    const pages: { filters?: Record<string, string[]> }[] = [
      { filters: { 年份: ['2023'], 地区: ['山西省', '阳泉市'] } },
      { filters: { 年份: ['2023'] } },
      {},
    ];
    expect(countFilters(pages)).toEqual({ 年份: { '2023': 2 }, 地区: { 山西省: 1, 阳泉市: 1 } });
  });
});
