import { describe, expect, it } from 'vitest';
import { findGarbledRuns } from '../../../src/lib/text/mojibake.ts';
import { simplifyScript } from '../../../src/lib/text/script.ts';
import { mendViewerText } from '../../../src/lib/text/viewer.ts';
import iconv from 'iconv-lite';

describe('text copied from online document viewers', () => {
  it('joins a word the viewer broke with a space at its line wrap', () => {
    expect(mendViewerText('深入开展民族团结进步宣传教 育活动，增进各族群众感情。').text).toBe('深入开展民族团结进步宣传教育活动，增进各族群众感情。');
    expect(mendViewerText('全村累计投入资金一千二百万元，开展宣传教 育活动，受益群众1200人次。').text).toContain('开展宣传教育活动');
  });

  it('drops a page number that cut a word in two and joins the halves', () => {
    const { text } = mendViewerText('村党支部组织各嘎查村开展入户宣讲，各嘎\n2、查 书记带头走访困难群众。\n');
    expect(text).toContain('各嘎查书记带头走访困难群众');
  });

  it('drops page-number lines between two halves of a sentence', () => {
    expect(mendViewerText('各族群众积极参与到创建工作之\n\n- 3 -\n\n中来，效果很好。').text).toBe('各族群众积极参与到创建工作之中来，效果很好。');
  });

  it('removes the viewer’s banners', () => {
    const { text } = mendViewerText(
      '我局开展活动。\n民族团结工作总结由会员分享，可在线阅读，更多相关《民族团结工作总结(15页珍藏版)》请在人人文库网上搜索。\n二、主要做法',
    );
    expect(text).not.toMatch(/会员|在线阅读|珍藏版|搜索/);
    expect(text).toContain('我局开展活动。');
    expect(text).toContain('二、主要做法');
  });

  it('keeps what the author wrote apart: a list that really goes on, a byline, a letter-spaced title', () => {
    const source =
      '工 作 总 结\n严 庆 王 欣\n主要做法如下：\n1、加强领导\n2、健全制度\n团结 奋进\n中共和硕县委员会 和硕县人民政府\n领导小组组长：张三 副组长：李四 成员：王五 赵六 钱七 孙八';
    expect(mendViewerText(source).text).toBe(source);
  });
});

describe('traditional script', () => {
  it('converts a traditional text to simplified and counts the changes', () => {
    const result = simplifyScript('民族團結進步宣傳月，開展活動三十餘場次。');
    expect(result.text).toBe('民族团结进步宣传月，开展活动三十余场次。');
    expect(result.changed).toBeGreaterThan(5);
  });

  it('leaves simplified text as it is', () => {
    expect(simplifyScript('民族团结进步宣传月，著名的乾隆年间。')).toEqual({ text: '民族团结进步宣传月，著名的乾隆年间。', changed: 0 });
  });
});

describe('mojibake', () => {
  it('flags runs garbled by a wrong encoding and leaves real text, rare place names included, alone', () => {
    const garbled = iconv.decode(Buffer.from('民族团结进步创建工作总结'), 'gbk');
    expect(findGarbledRuns(`前言。${garbled}。`)).toHaveLength(1);
    expect(findGarbledRuns('乌鲁木齐?谑忻褡迨伦裎瘢开展活动').map((run) => run.text)).toEqual(['?谑忻褡迨伦裎瘢']);
    expect(findGarbledRuns('克孜勒苏柯尔克孜自治州乌恰县，额吉淖尔镇哈日阿图嘎查，珲春市，傈僳族')).toEqual([]);
  });
});
