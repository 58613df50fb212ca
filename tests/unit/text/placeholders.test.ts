import { describe, expect, it } from 'vitest';
import { findMissingNumbers } from '../../../src/lib/text/missingNumbers.ts';
import { findPlaceholders, hasYearPlaceholder } from '../../../src/lib/text/placeholders.ts';

/** What the detector claims, with its kind. */
const claimed = (text: string) => findPlaceholders(text).map((found) => `${found.kind}:${text.slice(found.index, found.index + found.length)}`);

describe('the shared placeholder detector', () => {
  it('finds the placeholders template sites use', () => {
    expect(claimed('202_年，**局开展活动，20XX年xxx单位共*名同志参加，组长：_负责。')).toEqual([
      'year:202_',
      'asterisk:**',
      'year:20XX',
      'letter:xxx',
      'asterisk:*',
      'blank:_',
    ]);
  });

  it('finds circles, full-width blanks, ×× and Roman ⅩⅩ, 某某 and bracketed slots', () => {
    expect(claimed('〇〇局、○○县、于＿＿年、××乡、ⅩⅩ县、某某村、[单位名称]、【填写姓名】')).toEqual([
      'circle:〇〇',
      'circle:○○',
      'blank:＿＿',
      'letter:××',
      'letter:ⅩⅩ',
      'name:某某',
      'bracket:[单位名称]',
      'bracket:【填写姓名】',
    ]);
  });

  it('finds the importer’s own 〔待补：…〕 markers, so they cannot be published', () => {
    expect(claimed('在〔待补：单位〕市委的领导下')).toEqual(['marker:〔待补：单位〕']);
  });

  it('leaves years in numerals, document numbers and ordinary brackets alone', () => {
    expect(claimed('二〇〇八年、2023年、〔2019〕91号、【第一篇】、[1]、LED屏')).toEqual([]);
  });

  it('tells a year placeholder apart', () => {
    expect(hasYearPlaceholder('20XX年，我局')).toBe(true);
    expect(hasYearPlaceholder('2023年，我局')).toBe(false);
  });
});

describe('the shared missing-number detector', () => {
  it('quotes the clause where the number is missing', () => {
    const text = '少数民族人口占全村总人口的%，辖区面积平方公里，年人均收入为元，贴息资金亿元。';
    expect(findMissingNumbers(text).map((spot) => spot.snippet)).toEqual(['口占全村总人口的%', '辖区面积平方公里', '年人均收入为元', '贴息资金亿元']);
    expect(findMissingNumbers('投入资金50万元，占比30%，面积12平方公里。')).toEqual([]);
  });
});
