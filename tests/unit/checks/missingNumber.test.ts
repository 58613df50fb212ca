import { describe, expect, it } from 'vitest';
import { findMissingNumbers } from '../../../src/checks/rules/missingNumber.ts';
import { findMissingNumbers as detect } from '../../../src/lib/text/missingNumbers.ts';

const units = (text: string) => findMissingNumbers(text).map((match) => text.slice(match.index, match.index + match.length));

describe('missing-number', () => {
  it('finds a unit of measure with no number before it', () => {
    expect(units('少数民族占全村总人口的%')).toEqual(['%']);
    expect(units('全村总面积平方公里，林地面积亩，年产值万元，总投资亿元')).toEqual(['平方公里', '亩', '万元', '亿元']);
    expect(units('农民年人均收入为元，贴息资金亿元')).toEqual(['元', '亿元']);
    expect(units('，年被国家民委评为全国民族团结进步创建示范单位')).toEqual(['年']);
  });

  it('leaves units that follow a number, a numeral word or 每 alone', () => {
    expect(units('占全村总人口的12%，约占0.35%，参学率100 %')).toEqual([]);
    expect(units('投入7009万元，6.55亿元，90余万元，数万元，上亿元，三千亩，万亩良田，每亩增收，亩产千斤')).toEqual([]);
    expect(units('面积12平方公里，每平方米，2023年被评为，元旦，单元，单位：万元，（万元）')).toEqual([]);
  });

  it('quotes the clause and says what is missing', () => {
    const [match] = findMissingNumbers('全村有回族群众，占全村总人口的%。');
    expect(match).toMatchObject({ index: 15, length: 1 });
    expect(match?.message).toBe('「占全村总人口的%」缺少数字：「%」前面应当有一个数');
  });

  it('quotes up to eight characters of each clause before the unit, so the editor finds it by eye', () => {
    const text = '少数民族人口占全村总人口的%，辖区面积平方公里，年人均收入为元，贴息资金亿元。';
    expect(detect(text).map((spot) => spot.snippet)).toEqual(['口占全村总人口的%', '辖区面积平方公里', '年人均收入为元', '贴息资金亿元']);
    expect(detect('投入资金50万元，占比30%，面积12平方公里。')).toEqual([]);
  });
});
