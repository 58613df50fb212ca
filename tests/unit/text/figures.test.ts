import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/text/figures.ts';
import { extractFigures } from '../../../src/lib/text/metricFigures.ts';

const figures = (text: string) => extractFigures([text]);

describe('extractFigures', () => {
  it('normalises money to 万元 and keeps 近/约/余 as a note', () => {
    const { metrics } = figures('累计捐款近3.2万元，累计捐助资金4500元，整合帮扶资金90余万元，省财政拨付资金6.55亿元。');
    expect(metrics.map(({ metric, value, unit }) => `${metric} ${value} ${unit}`)).toEqual([
      'donations 3.2 万元',
      'donations 0.45 万元',
      'funds 90 万元',
      'funds 65500 万元',
    ]);
    expect(metrics[0]?.note).toMatch(/约数：近/);
    expect(metrics[2]?.note).toMatch(/约数：余/);
  });

  it('maps rates, counts and people by the words around them', () => {
    const { metrics } = figures(
      '参学率100%，宣传覆盖率达95％，知晓率98.5%，开展讲座3次，受益群众1200人次，走访慰问困难户15户，发放宣传资料3000份，捐赠衣物197件，发布信息24篇。',
    );
    expect(metrics.map(({ metric, value }) => `${metric} ${value}`)).toEqual([
      'participation-rate 100',
      'coverage-rate 95',
      'coverage-rate 98.5',
      'events 3',
      'people-reached 1200',
      'households-helped 15',
      'materials 3000',
      'items-donated 197',
      'articles 24',
    ]);
  });

  it('keeps figures no metric fits as candidates, and skips ordinals and dates', () => {
    const { metrics, candidates } = figures('第38个民族团结进步活动月，2023年5月19日，全局现有职工79人，企业销售收入151.24亿元，媒体采访5次。');
    expect(metrics).toEqual([]);
    expect(candidates.map(({ value, unit }) => `${value} ${unit}`)).toEqual(['79 人', '1512400 万元', '5 次']);
  });
});

describe('figures in Chinese numerals', () => {
  it('reads 三十余场次, 一万余份 and 一千二百万元 like Arabic figures', () => {
    expect(
      findFigures('开展活动三十余场次，发放资料一万余份，投入资金一千二百万元，两千人次参加').map(({ value, unit, approx }) => [value, unit, approx]),
    ).toEqual([
      [30, '次', '余'],
      [10000, '份', '余'],
      [1200, '万元', undefined],
      [2000, '人次', undefined],
    ]);
  });

  it('maps them to metrics as the Arabic ones', () => {
    const { metrics } = figures('开展民族团结宣讲活动三十余场次，发放宣传资料一万余份，累计投入资金一千二百万元。');
    expect(metrics.map(({ metric, value }) => `${metric} ${value}`)).toEqual(['events 30', 'materials 10000', 'funds 1200']);
  });

  it('leaves set phrases with one numeral alone: 进一步, 一次性, 两个维护, 五个认同', () => {
    expect(findFigures('进一步开展一次性排查，坚决做到两个维护，增强五个认同，第三十次会议')).toEqual([]);
  });
});

describe('one figure per sentence', () => {
  it('extracts a figure the sentence repeats once', () => {
    const { metrics } = figures('全年开展活动12次，其中民族团结主题活动12次。');
    expect(metrics.map(({ metric, value }) => `${metric} ${value}`)).toEqual(['events 12']);
  });

  it('keeps the same figure in two sentences apart', () => {
    const { metrics } = figures('上半年开展活动12次。下半年开展活动12次。');
    expect(metrics).toHaveLength(2);
  });
});
