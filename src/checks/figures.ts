/** A number with a counting word, where it sits in its line, in the unit metrics are kept in. */
export interface TextFigure {
  index: number;
  text: string;
  value: number;
  /** 万元 for money whatever the text wrote; otherwise the counting word (%, 人次, 户 …). */
  unit: string;
}

/**
 * A number followed by the counting word of a metric: 7009万元, 6.55亿元, 4500元,
 * 100%, 1.2万人次, 5次, 197件. 人次 precedes 次 and 人 is absent, so 120人次 is one
 * figure. Ordinals (第38个) and parts of longer tokens (No.12次) are not figures.
 * The importer has a richer extractor that also maps figures to metrics, but it
 * works on sentences without positions; the linter needs a column for each figure.
 */
const FIGURE = /(?<![\d.．A-Za-z第])(\d+(?:\.\d+)?)\s?(余|多)?(万|亿)?(人次|元|%|％|次|户|份|件|篇)/g;

export function findFigures(text: string): TextFigure[] {
  return [...text.matchAll(FIGURE)].map((match) => {
    const [whole, digits = '', , multiplier, word = ''] = match;
    const scale = multiplier === '万' ? 1e4 : multiplier === '亿' ? 1e8 : 1;
    const number = Number(digits) * scale;
    const money = word === '元';
    return {
      index: match.index ?? 0,
      text: whole,
      // Money is kept in 万元 across the site, so 4500元 is 0.45 and 6.55亿元 is 65500.
      value: Number((money ? number / 1e4 : number).toPrecision(12)),
      unit: money ? '万元' : word === '％' ? '%' : word,
    };
  });
}
