import { describe, expect, it } from 'vitest';
import { cleanNoise } from '../../../src/import/clean.ts';
import { headingLevel, restoreParagraphs } from '../../../src/import/paragraphs.ts';
import { splitAtRestart, splitReports } from '../../../src/import/split.ts';

describe('cleanNoise', () => {
  it('removes site banners, breadcrumbs, markers, footers and neighbour links but not the report', () => {
    const page = [
      '您好，欢迎访问第一范文网！当前位置：首页 > 工作总结 > 正文',
      '【写作参考】以下是小编整理的民族团结工作总结，欢迎阅读参考。',
      '##paidbegin##2023年，我村开展宣讲活动12次。##paidend##',
      '本文标题：某村民族团结工作总结 链接地址：https://example.com/a/123.html',
      '上一篇：某局工作计划 下一篇：某校实施方案',
    ].join('\n');
    expect(cleanNoise(page)).toBe('2023年，我村开展宣讲活动12次。');
  });

  it('cleans noise inside a single long line, keeping the sentences around it', () => {
    const line = '您好,欢迎访问范文网 当前位置:首页>范文>总结 2023年，我局开展活动5次。本文标题：工作总结 上一篇：计划';
    expect(cleanNoise(line)).toBe('2023年，我局开展活动5次。');
  });

  it('drops a cut-off teaser only when the full paragraph follows, and strips quote marks and decoration', () => {
    const text =
      '我局认真开展民族团结进步模范创建工作，进一步深化宣传...\n　　我局认真开展民族团结进步模范创建工作，进一步深化宣传教育。\n>　　一、基本概况\n　　*************';
    expect(cleanNoise(text)).toBe('我局认真开展民族团结进步模范创建工作，进一步深化宣传教育。\n一、基本概况');
  });
});

describe('splitReports', () => {
  it('splits 【第N篇】 inside one long line, the title phrase before the marker going with its article', () => {
    const text = '民族团结进步工作总结【第一篇】2022年，我村开展活动。民族团结进步工作总结【第二篇】2023年，我村继续开展活动。';
    const segments = splitReports(text);
    expect(segments.map((segment) => [segment.title, segment.text])).toEqual([
      ['民族团结进步工作总结', '2022年，我村开展活动。'],
      ['民族团结进步工作总结', '2023年，我村继续开展活动。'],
    ]);
  });

  it('splits 第N篇： lines, keeps the compilation title aside and mends a year broken off a title', () => {
    const text = '工作总结2023年（2篇）\n第一篇：甲村工作总结2023\n年我村开展活动。\n第二篇：乙村工作总结\n我村也开展活动。';
    const segments = splitReports(text);
    expect(segments.map((segment) => [segment.title, segment.text, segment.compilationTitle])).toEqual([
      ['甲村工作总结2023年', '我村开展活动。', '工作总结2023年（2篇）'],
      ['乙村工作总结', '我村也开展活动。', '工作总结2023年（2篇）'],
    ]);
  });

  it('leaves a file without markers whole', () => {
    expect(splitReports('一、概况\n我局开展活动。')).toEqual([{ text: '一、概况\n我局开展活动。', cut: 'whole' }]);
  });

  it('splits where top-level numbering starts again, from the new report’s opening sentence', () => {
    const paragraphs = ['开头。', '一、甲', '正文。', '二、乙', '今后继续努力。', '根据文件精神，现将情况总结如下：', '一、基本情况', '正文。'];
    expect(splitAtRestart(paragraphs)).toEqual([
      ['开头。', '一、甲', '正文。', '二、乙', '今后继续努力。'],
      ['根据文件精神，现将情况总结如下：', '一、基本情况', '正文。'],
    ]);
  });
});

describe('restoreParagraphs', () => {
  it('breaks one long line before section markers and after short headings', () => {
    const line =
      '我局认真开展创建工作。一、基本概况　　我局现有职工100人。二、主要做法 (一)加强学习 1、组织学习3次；2、开展讲座2次。统一、规范的做法不断开。';
    expect(restoreParagraphs(line)).toEqual([
      '我局认真开展创建工作。',
      '一、基本概况',
      '我局现有职工100人。',
      '二、主要做法',
      '(一)加强学习',
      '1、组织学习3次；',
      '2、开展讲座2次。统一、规范的做法不断开。',
    ]);
  });

  it('joins a line broken in the middle of a sentence', () => {
    expect(restoreParagraphs('3、人社局党支部组织全体职工干部观看了“建党伟业”\n“感恩伟大祖国”等电教资料。')).toEqual([
      '3、人社局党支部组织全体职工干部观看了“建党伟业”“感恩伟大祖国”等电教资料。',
    ]);
  });

  it('treats short numbered lines as headings and long ones as paragraphs', () => {
    expect(headingLevel('一、强化基础建设，为创建工作提供有力保障')).toBe(2);
    expect(headingLevel('（二）在学生中开展民族团结教育活动')).toBe(3);
    expect(headingLevel('1、通过宣传栏的形式宣传。')).toBe(0);
    expect(headingLevel('一、我局认真开展工作。我局还开展了很多其他的工作，取得了良好的效果，受到了群众好评。')).toBe(0);
  });
});
