import { describe, expect, it } from 'vitest';
import {
  adjacentInUnit,
  compareNewestFirst,
  reportsByYear,
  reportsOfUnit,
  reportsWithTag,
  sortNewestFirst,
  tagsOf,
  yearsOf,
  type ReportLike,
} from '../../src/lib/reports';

function report(
  id: string,
  unit: string,
  year: number,
  { title = id, date, tags = [] }: { title?: string; date?: string; tags?: string[] } = {},
): ReportLike {
  return { id, data: { unit: { id: unit }, title, year, date: date ? new Date(date) : undefined, tags } };
}

const ids = (reports: readonly ReportLike[]) => reports.map((r) => r.id);

describe('compareNewestFirst / sortNewestFirst', () => {
  it('puts later years first', () => {
    const reports = [report('a', 'u', 2021), report('b', 'u', 2023), report('c', 'u', 2022)];
    expect(ids(sortNewestFirst(reports))).toEqual(['b', 'c', 'a']);
  });

  it('within a year, the later date comes first when both have one', () => {
    const reports = [report('early', 'u', 2023, { date: '2023-03-01' }), report('late', 'u', 2023, { date: '2023-11-20' })];
    expect(ids(sortNewestFirst(reports))).toEqual(['late', 'early']);
  });

  it('year outranks date: a 2023 report dated in January precedes a 2022 report dated in December', () => {
    const reports = [report('old', 'u', 2022, { date: '2022-12-31' }), report('new', 'u', 2023, { date: '2023-01-01' })];
    expect(ids(sortNewestFirst(reports))).toEqual(['new', 'old']);
  });

  it('same year and no dates: ordered by title in zh-CN collation (pinyin)', () => {
    const reports = [
      report('t', 'u', 2023, { title: '太原市工作总结' }),
      report('b', 'u', 2023, { title: '北京市事迹材料' }),
      report('d', 'u', 2023, { title: '大同市情况汇报' }),
    ];
    expect(sortNewestFirst(reports).map((r) => r.data.title)).toEqual(['北京市事迹材料', '大同市情况汇报', '太原市工作总结']);
  });

  it('same year and same date: ordered by title', () => {
    const reports = [report('2', 'u', 2023, { title: '乙', date: '2023-06-01' }), report('1', 'u', 2023, { title: '甲', date: '2023-06-01' })];
    expect(ids(sortNewestFirst(reports))).toEqual(['1', '2']);
  });

  it('compares a report equal to itself', () => {
    const r = report('a', 'u', 2023, { date: '2023-01-01' });
    expect(compareNewestFirst(r, r)).toBe(0);
  });

  it('returns a new array and leaves its input in place', () => {
    const reports = [report('a', 'u', 2021), report('b', 'u', 2023)];
    const sorted = sortNewestFirst(reports);
    expect(sorted).not.toBe(reports);
    expect(ids(reports)).toEqual(['a', 'b']);
  });
});

describe('adjacentInUnit', () => {
  const reports = [
    report('u1-2021', 'u1', 2021),
    report('u2-2022', 'u2', 2022),
    report('u1-2023', 'u1', 2023),
    report('u1-2022', 'u1', 2022),
    report('u2-2020', 'u2', 2020),
  ];
  const byId = (id: string) => reports.find((r) => r.id === id)!;

  it("previous is the unit's older report, next the newer", () => {
    const { previous, next } = adjacentInUnit(reports, byId('u1-2022'));
    expect(previous?.id).toBe('u1-2021');
    expect(next?.id).toBe('u1-2023');
  });

  it("the unit's oldest report has no previous", () => {
    const { previous, next } = adjacentInUnit(reports, byId('u1-2021'));
    expect(previous).toBeUndefined();
    expect(next?.id).toBe('u1-2022');
  });

  it("the unit's newest report has no next", () => {
    const { previous, next } = adjacentInUnit(reports, byId('u1-2023'));
    expect(previous?.id).toBe('u1-2022');
    expect(next).toBeUndefined();
  });

  it("skips other units' reports even when they fall in between", () => {
    const { previous, next } = adjacentInUnit(reports, byId('u2-2022'));
    expect(previous?.id).toBe('u2-2020');
    expect(next).toBeUndefined();
  });

  it("a unit's only report has neither previous nor next", () => {
    const solo = report('solo', 'u3', 2023);
    expect(adjacentInUnit([...reports, solo], solo)).toEqual({ previous: undefined, next: undefined });
  });

  it('within a year, orders by date: the earlier-dated report is previous', () => {
    const spring = report('spring', 'u', 2023, { date: '2023-04-01' });
    const autumn = report('autumn', 'u', 2023, { date: '2023-10-01' });
    expect(adjacentInUnit([autumn, spring], autumn).previous?.id).toBe('spring');
    expect(adjacentInUnit([autumn, spring], spring).next?.id).toBe('autumn');
  });
});

describe('reportsOfUnit', () => {
  it("returns only that unit's reports, newest first", () => {
    const reports = [report('a', 'u1', 2021), report('b', 'u2', 2023), report('c', 'u1', 2023)];
    expect(ids(reportsOfUnit(reports, 'u1'))).toEqual(['c', 'a']);
  });

  it('a unit without reports gets an empty list', () => {
    expect(reportsOfUnit([report('a', 'u1', 2021)], 'nobody')).toEqual([]);
  });
});

describe('yearsOf', () => {
  it('lists each year with reports once, newest first', () => {
    const reports = [report('a', 'u', 2021), report('b', 'u', 2023), report('c', 'v', 2021), report('d', 'u', 2022)];
    expect(yearsOf(reports)).toEqual([2023, 2022, 2021]);
  });

  it('no reports means no years', () => {
    expect(yearsOf([])).toEqual([]);
  });
});

describe('reportsByYear', () => {
  it('groups by year, years newest first, reports newest first within each', () => {
    const reports = [report('a', 'u', 2021, { date: '2021-02-01' }), report('b', 'u', 2023), report('c', 'u', 2021, { date: '2021-09-01' })];
    const groups = reportsByYear(reports);
    expect([...groups.keys()]).toEqual([2023, 2021]);
    expect(ids(groups.get(2021)!)).toEqual(['c', 'a']);
    expect(ids(groups.get(2023)!)).toEqual(['b']);
  });

  it('a year without reports has no group', () => {
    expect(reportsByYear([report('a', 'u', 2021)]).get(2022)).toBeUndefined();
  });
});

describe('tagsOf', () => {
  it('counts how many reports carry each tag, with its pinyin slug', () => {
    const reports = [report('a', 'u', 2023, { tags: ['民族团结', '乡村振兴'] }), report('b', 'u', 2022, { tags: ['民族团结'] })];
    expect(tagsOf(reports)).toEqual([
      { name: '民族团结', slug: 'min-zu-tuan-jie', count: 2 },
      { name: '乡村振兴', slug: 'xiang-cun-zhen-xing', count: 1 },
    ]);
  });

  it('a tag repeated within one report counts once for that report', () => {
    const reports = [report('a', 'u', 2023, { tags: ['宣讲', '宣讲', '宣讲'] })];
    expect(tagsOf(reports)).toEqual([{ name: '宣讲', slug: 'xuan-jiang', count: 1 }]);
  });

  it('most used first, ties in zh-CN (pinyin) order', () => {
    const reports = [report('a', 'u', 2023, { tags: ['宣讲', '帮扶', '教育'] }), report('b', 'u', 2023, { tags: ['宣讲'] })];
    expect(tagsOf(reports).map((t) => t.name)).toEqual(['宣讲', '帮扶', '教育']);
  });

  it('reports without tags yield no tags', () => {
    expect(tagsOf([report('a', 'u', 2023)])).toEqual([]);
  });
});

describe('reportsWithTag', () => {
  it('returns the reports carrying the tag, newest first', () => {
    const reports = [
      report('a', 'u', 2021, { tags: ['宣讲'] }),
      report('b', 'u', 2023, { tags: ['帮扶'] }),
      report('c', 'v', 2023, { tags: ['帮扶', '宣讲'] }),
    ];
    expect(ids(reportsWithTag(reports, '宣讲'))).toEqual(['c', 'a']);
  });

  it('matches whole tags only, not substrings', () => {
    const reports = [report('a', 'u', 2021, { tags: ['民族团结进步'] })];
    expect(reportsWithTag(reports, '民族团结')).toEqual([]);
  });
});
