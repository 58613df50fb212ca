import type { TextMatch } from '../types.ts';

/**
 * Spots where a template or an anonymising website hid a name, a year or a
 * number: 202_年, 20XX年, 县**局, ***局, *名, xxx单位, X县, 某某, 组长：_.
 * Text written by the importer escapes * and _ (\*\*局), so both spellings count.
 *
 * The patterns claim their characters in order, so 20**年 is one year
 * placeholder, not a year and two asterisks.
 */
const PLACEHOLDER_CHAR = String.raw`\\?[xX×_＿*＊]`;
const HAN = /[\u3400-\u9fff]/;

interface Pattern {
  regex: RegExp;
  /** Decides on the characters around a match; absent means every match counts. */
  accept?: (text: string, index: number, match: string) => boolean;
  describe: (snippet: string) => { message: string; hint: string };
}

const NAME_HINT = '换成真实名称；查不到的改写成不指名的说法（如“我局”“该同志”），或删去这半句';

const PATTERNS: Pattern[] = [
  {
    regex: new RegExp(String.raw`(?<![\dA-Za-z])(?:19|20)(?:\d|${PLACEHOLDER_CHAR})${PLACEHOLDER_CHAR}(?![\dA-Za-z])`, 'g'),
    describe: (snippet) => ({ message: `「${snippet}」是年份占位符`, hint: '写上真实的四位年份（如 2023）；查不到就删去这半句' }),
  },
  {
    regex: /某某+/g,
    describe: (snippet) => ({ message: `「${snippet}」是占位符，代替了被隐去的名称`, hint: NAME_HINT }),
  },
  {
    // xxx单位, XX同志, X县, 推进x社会稳定, 组长：XXX — Latin x used as a name, not
    // inside a word (Excel, x86) or a formula (3x3).
    regex: /(?<![A-Za-z0-9\\])(?:[xXｘＸ]{1,3}|×{2,3})(?![A-Za-z0-9])/g,
    accept: (text, index, match) => {
      const before = text[index - 1] ?? '';
      const after = text.slice(index + match.length);
      if (/^(?:光|射线|线|型|轴|染色体)/.test(after)) return false;
      return HAN.test(after[0] ?? '') || HAN.test(before) || /[：:]/.test(before);
    },
    describe: (snippet) => ({ message: `「${snippet}」中的字母 X 是占位符，代替了被隐去的名称`, hint: NAME_HINT }),
  },
  {
    // Blanks of a form: 组长：_ , a line opening with _具体落实…, or a run of ___.
    regex: /(?<=[：:]\s*)(?:\\?[_＿])+|^\s*(?:\\?[_＿])+(?=[\u3400-\u9fff])|(?:\\?[_＿]){3,}/g,
    describe: (snippet) => ({ message: `「${snippet}」是模板里待填写的空白`, hint: '填上真实的姓名或内容；不需要就删去这一项' }),
  },
];

/**
 * The match with the words around it (up to two characters before, three after,
 * stopping at punctuation), so the editor can find 「**局在县」 by eye.
 */
function snippetOf(text: string, index: number, length: number): string {
  const before = /[\u3400-\u9fff]{0,2}$/.exec(text.slice(0, index))?.[0] ?? '';
  const after = /^[\u3400-\u9fff\d]{0,3}/.exec(text.slice(index + length))?.[0] ?? '';
  return before + text.slice(index, index + length) + after;
}

export function findPlaceholders(text: string): TextMatch[] {
  const claimed = new Array<boolean>(text.length).fill(false);
  const found: TextMatch[] = [];
  const claim = (index: number, length: number, describe: Pattern['describe']) => {
    claimed.fill(true, index, index + length);
    found.push({ index, length, ...describe(snippetOf(text, index, length)) });
  };
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const index = match.index ?? 0;
      const length = match[0].length;
      if (length === 0 || claimed.slice(index, index + length).some(Boolean)) continue;
      if (pattern.accept && !pattern.accept(text, index, match[0])) continue;
      claim(index, length, pattern.describe);
    }
  }
  for (const run of hiddenNameAsterisks(text, claimed)) {
    claim(run.index, run.length, (snippet) => ({
      message: `「${snippet}」中的星号是占位符，代替了被隐去的名称或数字`,
      hint: `${NAME_HINT}。若本意是加粗，请让成对的 ** 只包住一个词或一整句`,
    }));
  }
  return found.sort((a, b) => a.index - b.index);
}

interface Run {
  index: number;
  length: number;
  /** How many asterisks the run holds; markup runs pair only with runs of the same size. */
  size: number;
  /** Written \* or ＊: Markdown shows it as is, so it can never be emphasis. */
  literal: boolean;
}

const CLAUSE_PUNCTUATION = /[，、；。！？：,;!?]/;
const SENTENCE_END = /[。！？；：.!?;:]$/;

/**
 * Asterisk runs that stand for a hidden name rather than Markdown emphasis.
 * `**局`, `县**`, `***`, `**人` are placeholders; `**高度重视**` and
 * `**一是集中开展宣传。**` are bold. A run pairs with the next run of the same
 * size when what lies between reads as emphasis: a phrase with no clause
 * punctuation, or a whole clause that ends there (its closing ** followed by
 * punctuation, not by more words). Anonymised text fails that test —
 * `，**局在县委、县人民政府的领导下，以创建**民族` spans clauses and runs on.
 * Unpaired runs touching text are placeholders; a line of asterisks alone is a
 * Markdown rule, and an asterisk between spaces or opening a list item is syntax.
 */
function hiddenNameAsterisks(text: string, claimed: boolean[]): Run[] {
  if (/^[\s*＊\\>　]*$/.test(text)) return [];
  const runs: Run[] = [...text.matchAll(/(?:\\?[*＊])+/g)]
    .map((match) => ({
      index: match.index ?? 0,
      length: match[0].length,
      size: match[0].replace(/\\/g, '').length,
      literal: /\\|＊/.test(match[0]),
    }))
    .filter((run) => !claimed[run.index]);

  const isSpace = (char: string | undefined) => char === undefined || /\s|　/.test(char);
  const placeholders: Run[] = [];
  const paired = new Set<Run>();
  runs.forEach((run, position) => {
    if (paired.has(run)) return;
    const before = text[run.index - 1];
    const after = text[run.index + run.length];
    if (isSpace(before) && isSpace(after)) return;
    if (!run.literal && run.size === 1 && /^\s*$/.test(text.slice(0, run.index)) && isSpace(after)) return;
    if (!run.literal && !isSpace(after)) {
      const closer = runs.slice(position + 1).find((other) => !other.literal && other.size === run.size && !paired.has(other));
      if (closer && !isSpace(text[closer.index - 1])) {
        const inner = text.slice(run.index + run.length, closer.index);
        const following = text[closer.index + closer.length] ?? '';
        const emphasis = !CLAUSE_PUNCTUATION.test(inner) || SENTENCE_END.test(inner) || !/[\u3400-\u9fff\dA-Za-z]/.test(following);
        if (emphasis) {
          paired.add(run).add(closer);
          return;
        }
      }
    }
    placeholders.push(run);
  });
  return placeholders;
}
