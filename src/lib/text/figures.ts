/** Finds the figures a text states (近3.2万元, 120人次, 三十余场次) in the units the site keeps. */
import { ARABIC_NUMBER, CHINESE_NUMBER, isQuantityNumeral, parseNumber } from './numerals.ts';

/** A number with its counting word, where it sits in its text, in the unit the site keeps. */
export interface TextFigure {
  /** Where the number starts (after any 近/约 before it). */
  index: number;
  /** The figure as written, from the number to its counting word: 90余万元, 三十余场次 (without a 以上 after it). */
  text: string;
  value: number;
  /** 万元 for money whatever the text wrote; % for ％; 次 for 场次; otherwise the counting word. */
  unit: string;
  /** The words that make it approximate (近, 约, 余, 以上 …), joined by 、; absent when exact. */
  approx?: string;
}

/**
 * A number (Arabic or Chinese), an optional 余/多, an optional 万/亿 and a counting
 * word: 近3.2万元, 90余万元, 120人次, 100%, 三十余场次, 一万余份, 一千二百万元.
 * 人次 and 场次 come before 人 and 场 so the longer word wins. Ordinals (第38个),
 * years (2020年) and dates have no counting word here or are skipped below.
 */
const FIGURE = new RegExp(
  String.raw`(近|约|逾|超过|累计近|达)?(${ARABIC_NUMBER}|${CHINESE_NUMBER})\s?(余|多)?(万|亿)?(余|多)?(人次|场次|元|%|％|次|期|户|名|人|份|个|件|册|篇|场|所|家|部|项|批)(以上|左右)?`,
  'g',
);

/** What may not touch a number's start: 第 (an ordinal), digits, a decimal point, Latin letters (No.12次). */
const BAD_BEFORE = /[\d０-９.．A-Za-z第零〇一二两三四五六七八九十百千万亿]/;

export function findFigures(text: string): TextFigure[] {
  const figures: TextFigure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [whole, before, number = '', more1, multiplier, more2, word = '', beyond] = match;
    const index = (match.index ?? 0) + (before?.length ?? 0);
    if (BAD_BEFORE.test(text[index - 1] ?? '')) continue;
    const chinese = !/^[0-9０-９]/.test(number);
    // 一次, 两个维护: a lone Chinese digit is a figure only when marked as a quantity (一万, 十余).
    if (chinese && !isQuantityNumeral(number) && !multiplier && !more1 && !more2) continue;
    const scale = multiplier === '万' ? 1e4 : multiplier === '亿' ? 1e8 : 1;
    const amount = parseNumber(number) * scale;
    if (!Number.isFinite(amount) || amount === 0) continue;
    const money = word === '元';
    const approx = [before === '达' ? undefined : before, more1 ?? more2, beyond].filter(Boolean).join('、');
    figures.push({
      index,
      text: whole.slice(before?.length ?? 0, whole.length - (beyond?.length ?? 0)),
      // Money is kept in 万元 across the site, so 4500元 is 0.45 and 6.55亿元 is 65500.
      value: Number((money ? amount / 1e4 : amount).toPrecision(12)),
      unit: money ? '万元' : word === '％' ? '%' : word === '场次' ? '次' : word,
      ...(approx ? { approx } : {}),
    });
  }
  return figures;
}
