/**
 * The one placeholder detector, shared by the importer and the content checks:
 * spots where a template or an anonymising website hid a name, a year or a number
 * (202_年, 20XX年, **局, xxx单位, ××乡, ⅩⅩ县, 〇〇局, ○○县, ＿＿年, 某某, [单位名称],
 * and the importer's own 〔待补：单位〕 markers). Text written by the importer escapes
 * * and _ (\*\*局), so both spellings count. Hand-written: no library knows these
 * conventions of Chinese template sites.
 */

export type PlaceholderKind = 'year' | 'name' | 'letter' | 'circle' | 'blank' | 'bracket' | 'marker' | 'asterisk';

export interface Placeholder {
  index: number;
  length: number;
  kind: PlaceholderKind;
}

const PLACEHOLDER_CHAR = String.raw`\\?[xXｘＸ×_＿*＊]`;
const HAN = /[\u3400-\u9fff]/;

interface Pattern {
  kind: PlaceholderKind;
  regex: RegExp;
  /** Decides on the characters around a match; absent means every match counts. */
  accept?: (text: string, index: number, match: string) => boolean;
}

/** The patterns claim their characters in order, so 20**年 is one year placeholder, not a year and two asterisks. */
const PATTERNS: Pattern[] = [
  { kind: 'marker', regex: /〔待补[^〕\n]{0,80}〕/g },
  { kind: 'year', regex: new RegExp(String.raw`(?<![\dA-Za-z])(?:19|20)(?:\d|${PLACEHOLDER_CHAR})${PLACEHOLDER_CHAR}(?![\dA-Za-z])`, 'g') },
  { kind: 'name', regex: /某某+/g },
  {
    // [单位名称], 【填写单位】, ［姓名］: a bracketed slot a template asks to fill.
    kind: 'bracket',
    regex: /\\?[[【［〔][^\]】］〕\n]{0,10}?(?:名称|全称|姓名|名字|单位|日期|时间|地点|数量|金额|人数|数字|填写|职务)\s*\\?[\]】］〕]/g,
  },
  {
    // 〇〇局, ○○县 — but 二〇〇八年 is a year written in numerals.
    kind: 'circle',
    regex: /(?<![零〇一二三四五六七八九十])[〇○◯]{2,}(?![零〇一二三四五六七八九十])/g,
  },
  {
    // xxx单位, XX同志, X县, ××乡, ⅩⅩ县, 组长：XXX — Latin x used as a name, not
    // inside a word (Excel, x86) or a formula (3x3).
    kind: 'letter',
    regex: /(?<![A-Za-z0-9\\])(?:[xXｘＸ]{1,3}|×{2,3}|[Ⅹⅹ]{2,3})(?![A-Za-z0-9])/g,
    accept: (text, index, match) => {
      const before = text[index - 1] ?? '';
      const after = text.slice(index + match.length);
      if (/^(?:光|射线|线|型|轴|染色体)/.test(after)) return false;
      return HAN.test(after[0] ?? '') || HAN.test(before) || /[：:]/.test(before);
    },
  },
  {
    // Blanks of a form: 组长：_ , a line opening with _具体落实…, or a run of __/＿＿.
    kind: 'blank',
    regex: /(?<=[：:]\s*)(?:\\?[_＿])+|^\s*(?:\\?[_＿])+(?=[\u3400-\u9fff])|(?:\\?[_＿]){2,}/g,
  },
];

export function findPlaceholders(text: string): Placeholder[] {
  const claimed = new Array<boolean>(text.length).fill(false);
  const found: Placeholder[] = [];
  const claim = (index: number, length: number, kind: PlaceholderKind) => {
    claimed.fill(true, index, index + length);
    found.push({ index, length, kind });
  };
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const index = match.index ?? 0;
      const length = match[0].length;
      if (length === 0 || claimed.slice(index, index + length).some(Boolean)) continue;
      if (pattern.accept && !pattern.accept(text, index, match[0])) continue;
      claim(index, length, pattern.kind);
    }
  }
  for (const run of hiddenNameAsterisks(text, claimed)) claim(run.index, run.length, 'asterisk');
  return found.sort((a, b) => a.index - b.index);
}

/** True when the text holds a 20XX-style year placeholder. */
export function hasYearPlaceholder(text: string): boolean {
  return findPlaceholders(text).some((placeholder) => placeholder.kind === 'year');
}

/**
 * The placeholder with the words around it (up to `before` Han characters before,
 * `after` Han characters or digits after), so the editor can find 「**局在县」 by eye.
 */
export function placeholderContext(text: string, { index, length }: Placeholder, before = 2, after = 3): string {
  const head = new RegExp(`[\\u3400-\\u9fff]{0,${before}}$`).exec(text.slice(0, index))?.[0] ?? '';
  const tail = new RegExp(`^[\\u3400-\\u9fff\\d]{0,${after}}`).exec(text.slice(index + length))?.[0] ?? '';
  return head + text.slice(index, index + length) + tail;
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
