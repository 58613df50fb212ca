import { HONOR_LEVELS } from './vocabulary';

/**
 * What the search index records about a page besides its text: filters (facets a
 * visitor narrows by) and metadata shown with each result, the unit and the year; a
 * result's kind is its 材料类型 filter. The names are the Chinese labels the search page
 * shows. Pagefind (since 1.5) indexes every metadata value as a searchable word, whole,
 * so metadata holds only what the page's text holds too: the kind there made a search
 * for 单位 find every unit profile, whose text lacks 「单位简介」, by that word's prefix
 * (50,000 reports: 1,743 pages without 单位 among 41,947 results).
 */
export interface SearchFields {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** The order facets appear in on the search page. */
export const SEARCH_FILTERS = ['年份', '地区', '单位类型', '材料类型', '荣誉级别'] as const;

interface UnitData {
  name: string;
  type: string;
  region: string[];
  honors: { level: string }[];
}

/** Province and the most specific region (county, district), the two a visitor filters by. */
function regionFilter(region: readonly string[]): string[] {
  return [...new Set([region[0], region.at(-1)!])];
}

function honorLevels(unit: UnitData): string[] {
  return HONOR_LEVELS.filter((level) => unit.honors.some((honor) => honor.level === level));
}

function withoutEmpty(filters: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
}

export function reportSearchFields(report: { year: number; kind: string }, unit: UnitData): SearchFields {
  return {
    filters: withoutEmpty({
      年份: [String(report.year)],
      地区: regionFilter(unit.region),
      单位类型: [unit.type],
      材料类型: [report.kind],
      荣誉级别: honorLevels(unit),
    }),
    meta: { unit: unit.name, year: String(report.year) },
  };
}

/** A unit's profile page is a result too, filed under 单位简介 so it can be told apart from reports. */
export function unitSearchFields(unit: UnitData): SearchFields {
  return {
    filters: withoutEmpty({
      地区: regionFilter(unit.region),
      单位类型: [unit.type],
      材料类型: ['单位简介'],
      荣誉级别: honorLevels(unit),
    }),
    meta: { unit: unit.name },
  };
}
