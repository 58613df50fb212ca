import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from '../../src/lib/csv';
import type { MetricDefinition } from '../../src/lib/metricDefinitions';
import { METRICS_CSV_HEADER, metricsCsv, reportsJson, type ExportReport, type ExportUnit } from '../../src/lib/openData';

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark so Excel reads the Chinese', () => {
    expect(toCsv([['单位']]).startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(toCsv([['单位']]), 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('ends every row with CRLF and leaves plain cells unquoted', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2.5],
      ]),
    ).toBe(`${UTF8_BOM}a,1\r\nb,2.5\r\n`);
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(toCsv([['甲,乙', '他说"好"', '一\n二']])).toBe(`${UTF8_BOM}"甲,乙","他说""好""","一\n二"\r\n`);
  });

  it('writes a missing value as an empty cell', () => {
    expect(toCsv([['a', undefined, null, 0]])).toBe(`${UTF8_BOM}a,,,0\r\n`);
  });
});

const definitions: MetricDefinition[] = [
  { id: 'funds', label: '投入资金', unit: '万元', kind: 'amount', aggregate: 'sum', description: '资金' },
  { id: 'events', label: '开展活动', unit: '次', kind: 'count', aggregate: 'sum', description: '活动' },
];
const units: ExportUnit[] = [{ id: 'bureau', data: { name: '和硕县民宗局', type: '机关', region: ['新疆维吾尔自治区', '和硕县'] } }];
const reports: ExportReport[] = [
  {
    id: 'bureau/2022-deeds',
    data: {
      unit: { id: 'bureau' },
      title: '事迹材料, 2022',
      year: 2022,
      kind: '事迹材料',
      date: new Date('2022-12-20'),
      summary: '摘要',
      tags: ['帮扶'],
      metrics: [
        { metric: 'funds', value: 3.2, note: '捐款3.2万元' },
        { metric: 'events', value: 12 },
      ],
    },
  },
  {
    id: 'bureau/2023-plan',
    data: { unit: { id: 'bureau' }, title: '实施方案', year: 2023, kind: '实施方案', summary: '摘要', tags: [], metrics: [] },
  },
];

describe('reportsJson', () => {
  const json = reportsJson({ reports, units, definitions, reportUrl: (id) => `https://example.org/reports/${id}/` });

  it('holds every report given, with its unit, year, kind, link and figures', () => {
    expect(json.reports).toHaveLength(2);
    expect(json.reports[0]).toEqual({
      id: 'bureau/2022-deeds',
      url: 'https://example.org/reports/bureau/2022-deeds/',
      title: '事迹材料, 2022',
      unit: { id: 'bureau', name: '和硕县民宗局', type: '机关', region: ['新疆维吾尔自治区', '和硕县'], regionCode: '652828' },
      year: 2022,
      kind: '事迹材料',
      date: '2022-12-20',
      summary: '摘要',
      tags: ['帮扶'],
      metrics: [
        { metric: 'funds', value: 3.2, note: '捐款3.2万元' },
        { metric: 'events', value: 12, note: undefined },
      ],
    });
  });

  it('describes the metrics so the file explains itself', () => {
    expect(json.metrics.map((m) => [m.id, m.unit, m.aggregate])).toEqual([
      ['funds', '万元', 'sum'],
      ['events', '次', 'sum'],
    ]);
  });

  it('gives a region the data set does not know a null code', () => {
    const unknown = reportsJson({ reports, units, definitions, reportUrl: String, regionCodeOf: () => undefined });
    expect(unknown.reports[0].unit.regionCode).toBeNull();
  });

  it('fails loudly when a report names a unit that is not given', () => {
    expect(() => reportsJson({ reports, units: [], definitions, reportUrl: String })).toThrow(/bureau/);
  });
});

describe('metricsCsv', () => {
  const lines = metricsCsv({ reports, units, definitions }).slice(1).trimEnd().split('\r\n');

  it('has a header and one row per reported figure (a report without figures adds none)', () => {
    expect(lines[0]).toBe(METRICS_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 2);
  });

  it('gives unit, region path, region code, type, year, report, metric, raw value and unit of measure', () => {
    expect(lines[1]).toBe(
      'bureau,和硕县民宗局,新疆维吾尔自治区/和硕县,652828,机关,2022,bureau/2022-deeds,"事迹材料, 2022",事迹材料,funds,投入资金,3.2,万元',
    );
    expect(lines[2]).toBe(
      'bureau,和硕县民宗局,新疆维吾尔自治区/和硕县,652828,机关,2022,bureau/2022-deeds,"事迹材料, 2022",事迹材料,events,开展活动,12,次',
    );
  });

  it('starts with a BOM', () => {
    expect(metricsCsv({ reports, units, definitions }).startsWith(UTF8_BOM)).toBe(true);
  });
});
