import type { TextMatch } from '../types.ts';

/**
 * A unit of measure with no number before it — 占全村总人口的%, 总面积平方公里,
 * 林地面积亩, 产值万元, 投资亿元, 人均收入为元 — where a template or a careless
 * copy dropped the figure. Numerals in words (数万元, 上亿元, 三千亩) and "per"
 * (每亩, 每平方米) are real amounts, so they do not count as missing.
 */
const NUMBER_BEFORE = String.raw`\d０-９.．余多几数上千百十万亿一二三四五六七八九两零〇半每`;

interface Pattern {
  regex: RegExp;
  /** What the editor is told is missing, and before what. */
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

export function findMissingNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const { regex, missing = '一个数' } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      const clauseStart = Math.max(...[...'，,。；;：:、（('].map((mark) => text.lastIndexOf(mark, index - 1))) + 1;
      // The words before the unit show where the number belongs; a bare 年 needs the words after it.
      const following = clauseStart === index ? (/^[^，,。；;：:]{0,6}/.exec(text.slice(end))?.[0] ?? '') : '';
      const snippet = (text.slice(Math.max(clauseStart, index - 8), end) + following).trim();
      found.push({
        index,
        length: match[0].length,
        message: `「${snippet}」缺少数字：「${match[0]}」前面应当有${missing}`,
        hint: '向报送单位核实后补上数字，或删去这半句',
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
