import { describe, expect, it } from 'vitest';
import { extractFigures, findMissingNumbers } from '../../../tools/import/figures.ts';
import { findPlaceholders } from '../../../tools/import/placeholders.ts';
import { escapeMdx, renderBody } from '../../../tools/import/mdx.ts';

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
    const { metrics } = figures('参学率100%，宣传覆盖率达95％，知晓率98.5%，开展讲座3次，受益群众1200人次，走访慰问困难户15户，发放宣传资料3000份，捐赠衣物197件，发布信息24篇。');
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

describe('warnings', () => {
  it('finds figures whose number is missing', () => {
    expect(findMissingNumbers(['少数民族人口占全村总人口的%，辖区面积平方公里，年人均收入为元，贴息资金亿元。'])).toEqual([
      '少数民族人口占全村总人口的%',
      '辖区面积平方公里',
      '年人均收入为元',
      '贴息资金亿元',
    ]);
    expect(findMissingNumbers(['投入资金50万元，占比30%，面积12平方公里。'])).toEqual([]);
  });

  it('finds placeholders', () => {
    const spots = findPlaceholders(['202_年，**局开展活动，20XX年xxx单位共*名同志参加，组长：_负责。']).join('|');
    for (const placeholder of ['202_年', '**局', '20XX年', 'xxx单位', '*名', '组长：_']) expect(spots).toContain(placeholder);
    expect(findPlaceholders(['2023年，我局开展LED屏宣传。'])).toEqual([]);
  });
});

describe('MDX output', () => {
  it('escapes everything MDX would read as code or markup', () => {
    expect(escapeMdx('{a} <b> **局 202_年 `x` [1] #3 a|b ~c & $d \\')).toBe(
      '\\{a\\} \\<b\\> \\*\\*局 202\\_年 \\`x\\` \\[1\\] \\#3 a\\|b \\~c \\& \\$d \\\\',
    );
    expect(escapeMdx('1. 开头')).toBe('1\\. 开头');
    expect(escapeMdx('- 开头')).toBe('\\- 开头');
  });

  it('turns section titles into headings', () => {
    expect(renderBody(['一、基本情况', '（一）加强领导', '我局开展活动。'])).toBe('## 一、基本情况\n\n### （一）加强领导\n\n我局开展活动。');
  });
});
