import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../src/lib/csv';
import type { MetricDefinition } from '../../src/lib/metricDefinitions';
import { chartHeight, describeChart } from '../../src/lib/chartCanvas';
import { chartHasData, yearSpan, type ChartSpec } from '../../src/lib/chartSpec';
import { axisLabels, chartCsv, chartCsvDataUrl, chartTable, formatChartValue } from '../../src/lib/chartTable';
import { rankingChart, regionTotalsChart, reportCountByRegionChart, unitTypeChart, yearTotalsChart } from '../../src/lib/metricCharts';
import { describeChange, sparseFigures } from '../../src/lib/sparseFigures';
import { reportComparisonChart, reportComparisonCharts, unitTrendCharts } from '../../src/lib/trendCharts';
import type { Figure, ReportWithFigures, UnitFacts } from '../../src/lib/metrics';

const definition = (id: string, label: string, kind: MetricDefinition['kind'], how: MetricDefinition['aggregate'], unit: string) =>
  ({ id, label, unit, kind, aggregate: how, description: '' }) satisfies MetricDefinition;

const funds = definition('funds', '投入资金', 'amount', 'sum', '万元');
const participation = definition('participation-rate', '参学率', 'rate', 'mean', '%');
const coverage = definition('coverage-rate', '知晓率', 'rate', 'mean', '%');
const events = definition('events', '开展活动', 'count', 'sum', '次');

const report = (unit: string, year: number, ...metrics: Figure[]): ReportWithFigures => ({ data: { unit: { id: unit }, year, metrics } });
const fig = (metric: string, value: number): Figure => ({ metric, value });

const facts: Record<string, UnitFacts & { name: string }> = {
  school: { name: '一中', type: '学校', region: ['山西省', '太原市'] },
  bureau: { name: '民宗局', type: '机关', region: ['新疆维吾尔自治区', '和硕县'] },
  office: { name: '信访局', type: '机关', region: ['山西省'] },
};
const unitFacts = (id: string) => facts[id];

const reports = [
  report('bureau', 2020, fig('funds', 20000), fig('coverage-rate', 90)),
  report('bureau', 2021, fig('events', 5)),
  report('bureau', 2022, fig('funds', 12), fig('funds', 3)),
  report('office', 2022, fig('funds', 5), fig('coverage-rate', 100)),
  report('school', 2021, fig('participation-rate', 100), fig('funds', 1)),
];

describe('yearTotalsChart', () => {
  it('has one category per year with reports and a gap where the metric is missing', () => {
    const chart = yearTotalsChart(reports, funds);
    expect(chart.categories).toEqual(['2020年', '2021年', '2022年']);
    expect(chart.series).toEqual([{ label: '投入资金', values: [20000, 1, 20], style: 'bar' }]);
    expect(chart.caption).toBe('各年度投入资金（全部单位合计）');
    expect(chart.format).toEqual({ kind: 'amount', unit: '万元' });
  });

  it('a year where nobody gave the metric is null, so JSON and the table keep the gap', () => {
    expect(yearTotalsChart(reports, events).series[0].values).toEqual([null, 5, null]);
  });
});

describe('unitTypeChart', () => {
  it('puts rates side by side per unit type, leaving out types with neither', () => {
    const chart = unitTypeChart(reports, [participation, coverage], unitFacts, ['市', '机关', '学校']);
    expect(chart.categories).toEqual(['机关', '学校']);
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ['参学率', [null, 100]],
      ['知晓率', [95, null]],
    ]);
    expect(chart.caption).toBe('各类单位的参学率与知晓率（平均）');
  });
});

describe('region charts', () => {
  it('sums a metric per province', () => {
    const chart = regionTotalsChart(reports, funds, unitFacts);
    expect(chart.categories).toEqual(['山西省', '新疆维吾尔自治区']);
    expect(chart.series[0].values).toEqual([6, 20015]);
  });

  it('counts reports per province', () => {
    const chart = reportCountByRegionChart(reports, unitFacts);
    expect(chart.categories).toEqual(['山西省', '新疆维吾尔自治区']);
    expect(chart.series[0].values).toEqual([2, 3]);
    expect(chart.format).toEqual({ kind: 'count', unit: '份' });
  });
});

describe('rankingChart', () => {
  it('lists units highest first with their rank, links each to its page, and lays bars horizontally', () => {
    const chart = rankingChart(
      reports,
      funds,
      (id) => facts[id].name,
      (id) => `/units/${id}/`,
    );
    expect(chart.categories).toEqual(['1. 民宗局', '2. 信访局', '3. 一中']);
    expect(chart.categoryLinks).toEqual(['/units/bureau/', '/units/office/', '/units/school/']);
    expect(chart.series[0].values).toEqual([20015, 5, 1]);
    expect(chart.indexAxis).toBe('y');
    expect(chart.caption).toBe('各单位投入资金排名（历年累计）');
  });
});

describe('unitTrendCharts', () => {
  it('makes one chart per metric the unit reported, over its own years', () => {
    const charts = unitTrendCharts(reports, { id: 'bureau', name: '民宗局' }, [funds, participation, coverage, events]);
    expect(charts.map((c) => c.caption)).toEqual(['民宗局历年投入资金', '民宗局历年知晓率', '民宗局历年开展活动']);
    expect(charts[0].categories).toEqual(['2020年', '2021年', '2022年']);
    expect(charts[0].series[0].values).toEqual([20000, null, 15]);
  });
});

describe('reportComparisonChart', () => {
  const context = { unit: { id: 'bureau', name: '民宗局', type: '机关' }, year: 2022, peerUnitIds: ['office'] };

  it("highlights the report's year, names it on the axis, and adds the peer average as a line", () => {
    const chart = reportComparisonChart(reports, context, funds);
    expect(chart.categories).toEqual(['2020年', '2021年', '2022年（本篇）']);
    expect(chart.series).toEqual([
      { label: '民宗局', values: [20000, null, 15], style: 'bar', highlight: 2 },
      { label: '同类单位（机关）平均', values: [null, null, 5], style: 'line' },
    ]);
    expect(chart.caption).toBe('投入资金：2022年与本单位其他年度及同类单位平均对比');
  });

  it('leaves the peer line out when no peer reported the metric in those years', () => {
    const chart = reportComparisonChart(reports, context, events);
    expect(chart.series).toHaveLength(1);
    expect(chart.caption).toBe('开展活动：2022年与本单位其他年度对比');
  });

  it('makes one chart per metric of the report, in the definitions order', () => {
    const charts = reportComparisonCharts(reports, context, ['events', 'funds', 'funds'], [funds, coverage, events]);
    expect(charts.map((c) => c.fileName)).toEqual(['bureau-2022-funds', 'bureau-2022-events']);
  });
});

const small: ChartSpec = {
  fileName: 'funds-by-year',
  caption: '各年度投入资金',
  categoryLabel: '年份',
  categories: ['2021年', '2022年', '2023年'],
  series: [{ label: '投入资金', values: [3.2, null, 65500], style: 'bar' }],
  format: { kind: 'amount', unit: '万元' },
  indexAxis: 'x',
};

describe('formatChartValue', () => {
  it('formats money in 万元 or 亿元, rates with %, counts with their unit, gaps as 未报告, never a bare dash or zero', () => {
    expect(formatChartValue(3.2, small.format)).toBe('3.2万元');
    expect(formatChartValue(65500, small.format)).toBe('6.55亿元');
    expect(formatChartValue(9999, small.format)).toBe('9,999万元');
    expect(formatChartValue(10000, small.format)).toBe('1亿元');
    expect(formatChartValue(97.5, { kind: 'rate', unit: '%' })).toBe('97.5%');
    expect(formatChartValue(1200, { kind: 'count', unit: '人次' })).toBe('1,200人次');
    expect(formatChartValue(null, small.format)).toBe('未报告');
  });
});

describe('describeChart', () => {
  it('says the kind of chart, what it shows and every value of a short series', () => {
    expect(describeChart(small)).toBe('柱状图：各年度投入资金。2021年 3.2万元，2022年 未报告，2023年 6.55亿元。');
  });

  it('names each series of a comparison and calls it a bar and line chart', () => {
    const chart: ChartSpec = {
      ...small,
      categories: ['2021年', '2022年（本篇）'],
      series: [
        { label: '民宗局', values: [1, 2], style: 'bar', highlight: 1 },
        { label: '同类单位平均', values: [null, 3], style: 'line' },
      ],
    };
    expect(describeChart(chart)).toBe(
      '柱状图与折线图：各年度投入资金。民宗局：2021年 1万元，2022年（本篇） 2万元；同类单位平均：2021年 未报告，2022年（本篇） 3万元。',
    );
  });

  it('for a long ranking names only the count and the extremes', () => {
    const categories = Array.from({ length: 13 }, (_, i) => `单位${i + 1}`);
    const chart: ChartSpec = {
      ...small,
      indexAxis: 'y',
      categories,
      series: [{ label: '开展活动', values: categories.map((_, i) => 13 - i), style: 'bar' }],
      format: { kind: 'count', unit: '次' },
    };
    expect(describeChart(chart)).toBe('条形图：各年度投入资金。共 13 项，最高 单位1 13次，最低 单位13 1次。');
  });
});

describe('chartTable', () => {
  it('gives a row per category and a cell per series, a gap as 未报告 with no raw value', () => {
    const table = chartTable(small);
    expect(table.rows.map((row) => row.cells)).toEqual([
      [{ text: '3.2万元', value: 3.2 }],
      [{ text: '未报告', value: undefined }],
      [{ text: '6.55亿元', value: 65500 }],
    ]);
    expect(table.rows.map((row) => row.category)).toEqual(small.categories);
    expect(table.hasGaps).toBe(true);
    expect(table.mayScroll).toBe(false);
  });

  it('links each category of a ranking, and lets a table of long names or several series scroll', () => {
    const ranking: ChartSpec = {
      ...small,
      indexAxis: 'y',
      categoryLinks: ['/units/a/', '/units/b/', '/units/c/'],
      series: [{ ...small.series[0], values: [0, 1, 2] }],
    };
    const table = chartTable(ranking);
    expect(table.rows.map((row) => row.href)).toEqual(ranking.categoryLinks);
    expect(table.rows[0].cells[0]).toEqual({ text: '0万元', value: 0 });
    expect(table.hasGaps).toBe(false);
    expect(table.mayScroll).toBe(true);
    expect(chartTable({ ...small, series: [small.series[0], { ...small.series[0], style: 'line' }] }).mayScroll).toBe(true);
  });
});

describe('chartCsv', () => {
  it('starts with a BOM, puts the unit in the headers and keeps raw values (money in 万元)', () => {
    expect(chartCsv(small)).toBe(`${UTF8_BOM}年份,投入资金（万元）\r\n2021年,3.2\r\n2022年,\r\n2023年,65500\r\n`);
  });

  it('as a data URL downloads without a request', () => {
    expect(chartCsvDataUrl(small)).toMatch(/^data:text\/csv;charset=utf-8,%EF%BB%BF/);
    expect(decodeURIComponent(chartCsvDataUrl(small).split(',').slice(1).join(','))).toBe(chartCsv(small));
  });
});

describe('chartHeight', () => {
  it('gives column charts a fixed height and horizontal bars room for every unit', () => {
    expect(chartHeight(small)).toBe(280);
    expect(chartHeight({ ...small, indexAxis: 'y' })).toBe(56 + 3 * 34);
  });
});

describe('chartHasData', () => {
  it('is false for a chart of gaps only, true once any series has a figure', () => {
    expect(chartHasData({ ...small, series: [{ label: '投入资金', values: [null, null, null], style: 'bar' }] })).toBe(false);
    expect(chartHasData(small)).toBe(true);
    expect(chartHasData({ ...small, categories: [], series: [{ label: '投入资金', values: [], style: 'bar' }] })).toBe(false);
  });
});

describe('gaps between years', () => {
  it('a trend spans every year from the first to the last, a year without reports being a gap', () => {
    expect(yearSpan([2022, 2019, 2020])).toEqual([2019, 2020, 2021, 2022]);
    const gappy = [report('bureau', 2019, fig('events', 4)), report('bureau', 2021, fig('events', 6)), report('bureau', 2022, fig('events', 2))];
    const [chart] = unitTrendCharts(gappy, { id: 'bureau', name: '民宗局' }, [events]);
    expect(chart.categories).toEqual(['2019年', '2020年', '2021年', '2022年']);
    expect(chart.series[0].values).toEqual([4, null, 6, 2]);
  });

  it('marks a category without any figure 未报告 on the axis, on a second line', () => {
    expect(axisLabels(small)).toEqual(['2021年', ['2022年', '未报告'], '2023年']);
  });
});

describe('sparseFigures', () => {
  const trend = (values: (number | null)[], format = small.format): ChartSpec => ({
    ...small,
    timeline: true,
    categories: values.map((_, i) => `${2020 + i}年`),
    series: [{ label: '投入资金', values, style: 'bar' }],
    format,
  });

  it('tells a trend of one figure as that figure and its year', () => {
    expect(sparseFigures(trend([null, 12, null]))).toEqual([{ label: '2021年', value: '12万元', change: undefined }]);
  });

  it('tells a trend of two figures as both, the later with its change', () => {
    expect(sparseFigures(trend([10, null, 12]))).toEqual([
      { label: '2020年', value: '10万元', change: undefined },
      { label: '2022年', value: '12万元', change: '比2020年增加 2万元（+20%）' },
    ]);
  });

  it('draws a trend of three figures or more', () => {
    expect(sparseFigures(trend([1, 2, 3]))).toBeUndefined();
  });

  it('leaves charts that are not trends over years alone', () => {
    expect(sparseFigures({ ...trend([5]), timeline: undefined })).toBeUndefined();
  });

  it('counts the first series only: a peer average does not make a trend of the unit’s one figure', () => {
    const chart = trend([null, 7]);
    chart.series.push({ label: '同类单位平均', values: [3, 4], style: 'line' });
    expect(sparseFigures(chart)).toHaveLength(1);
  });
});

describe('describeChange', () => {
  it('says rates change in percentage points, and other figures by amount and ratio', () => {
    expect(describeChange(90, 95.5, { kind: 'rate', unit: '%' }, '2021年')).toBe('比2021年提高 5.5 个百分点');
    expect(describeChange(20, 15, { kind: 'count', unit: '次' }, '2021年')).toBe('比2021年减少 5次（−25%）');
    expect(describeChange(3, 3, { kind: 'count', unit: '次' }, '2021年')).toBe('与2021年持平');
    expect(describeChange(0, 3, { kind: 'count', unit: '次' }, '2021年')).toBe('比2021年增加 3次');
  });
});
