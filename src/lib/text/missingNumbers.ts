/** Finds units of measure whose number was dropped (占全村总人口的%), shared by the importer and the checks. */
import { clauseStart } from './sentences.ts';

/** A unit of measure whose number was dropped, where it sits and the words around it. */
export interface MissingNumber {
  index: number;
  length: number;
  /** The unit as written: %, 万元, 平方公里, 年 … */
  unit: string;
  /** The clause up to the unit (at most eight characters before it), for the editor to find by eye. */
  snippet: string;
  /** What belongs before the unit: 一个数, or 四位年份 for a bare 年. */
  missing: string;
}

/**
 * A unit of measure with no number before it — 占全村总人口的%, 总面积平方公里,
 * 林地面积亩, 产值万元, 投资亿元, 人均收入为元 — where a template or a careless
 * copy dropped the figure. Numerals in words (数万元, 上亿元, 三千亩) and "per"
 * (每亩, 每平方米) are real amounts, so they do not count as missing.
 */
const NUMBER_BEFORE = String.raw`\d０-９.．余多几数上千百十万亿一二三四五六七八九两零〇半每`;

interface Pattern {
  regex: RegExp;
  missing?: string;
}

const PATTERNS: Pattern[] = [
  // %％ right after a word; 12 % with a space is still a number, %E4 is a URL escape.
  { regex: /(?<![\d０-９.．]\s?)[%％](?![0-9A-Fa-f]{2})/g },
  { regex: new RegExp(String.raw`(?<=[\u3400-\u9fff])(?<![${NUMBER_BEFORE}]|单位)(?:万元|亿元|平方公里|平方千米|平方米|公顷)`, 'g') },
  { regex: new RegExp(String.raw`(?<=[\u3400-\u9fff])(?<![${NUMBER_BEFORE}])亩(?![产均])`, 'g') },
  // 元 alone is a common character (元旦, 单元), so only after words that announce an amount.
  { regex: /(?<=为|达|计|约|共|收入|金额|资金|投入|支出|补助|奖励|奖金)元(?![旦素宵宝])/g },
  // A clause opening on 年 that is then told of (，年被国家民委评为…) lost its year.
  { regex: /(?<=^|[，,。；;：:、\s　（(])年(?=被|，|,)/g, missing: '四位年份' },
];

export function findMissingNumbers(text: string): MissingNumber[] {
  const found: MissingNumber[] = [];
  for (const { regex, missing = '一个数' } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      const start = clauseStart(text, index);
      // The words before the unit show where the number belongs; a bare 年 needs the words after it.
      const following = start === index ? (/^[^，,。；;：:]{0,6}/.exec(text.slice(end))?.[0] ?? '') : '';
      const snippet = (text.slice(Math.max(start, index - 8), end) + following).trim();
      found.push({ index, length: match[0].length, unit: match[0], snippet, missing });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
