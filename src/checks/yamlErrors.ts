/**
 * Turns a YAML syntax error into what an editor did wrong, in Chinese, on the line
 * where they did it. The parser reports where it noticed the problem (an unclosed
 * quote at the end of the frontmatter, a full-width colon as a "multiline key" on
 * the next line), so the editor's usual slips are looked for first, by the parser's
 * error code and the text of the lines.
 */

export interface YamlProblem {
  /** 1-based line within the YAML text. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

interface ParserError {
  code: string;
  line: number;
  column: number;
}

const FULL_WIDTH_COLON_KEY = /^(\s*-?\s*)([A-Za-z][\w-]*)\s*：/;
const LEADING_TAB = /^ *\t/;

/** The editor's slip behind the parser's first error. `lines` are the YAML's lines. */
export function explainYamlError(error: ParserError, lines: readonly string[]): YamlProblem {
  const colonLine = lines.findIndex((line) => FULL_WIDTH_COLON_KEY.test(line));
  if (colonLine !== -1) {
    const match = FULL_WIDTH_COLON_KEY.exec(lines[colonLine] ?? '');
    const key = match?.[2] ?? '';
    return {
      line: colonLine + 1,
      column: (lines[colonLine] ?? '').indexOf('：') + 1,
      message: `字段名 ${key} 后面是中文冒号「：」`,
      hint: `改成英文冒号加一个空格，如「${key}: …」`,
    };
  }
  const tabLine = lines.findIndex((line) => LEADING_TAB.test(line));
  if (tabLine !== -1 || error.code === 'TAB_AS_INDENT') {
    const line = tabLine === -1 ? error.line : tabLine + 1;
    return { line, column: 1, message: '缩进里有 Tab 字符', hint: '缩进只能用空格：删去 Tab，同一层的字段用相同个数的空格对齐' };
  }
  const quoteLine = unclosedQuoteLine(lines);
  if (quoteLine !== undefined) {
    return {
      line: quoteLine + 1,
      column: 1,
      message: '这一行的引号没有配对',
      hint: '在值的末尾补上英文引号，开头和结尾的引号要一样（都用 " 或都用 \'）',
    };
  }
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*([\w-]+)\s*:/.exec(lines[error.line - 1] ?? '')?.[1] ?? '';
      return { ...error, message: `字段 ${key} 写了两次`, hint: '只保留一个，删去另一个' };
    }
    case 'BAD_INDENT':
      if (/\[[^\]]*$/.test(lines.slice(0, error.line).join('\n'))) {
        return {
          ...error,
          line: openBracketLine(lines, error.line),
          message: '方括号列表没有闭合',
          hint: '在列表末尾补上英文方括号 ]，各项之间用英文逗号分隔',
        };
      }
      return { ...error, message: '缩进不对', hint: '同一层的字段左端对齐；列表项以两个空格加「- 」开头' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (/:\s.*:\s/.test(lines[error.line - 1] ?? '')) {
        return { ...error, column: 1, message: '值里有英文冒号加空格「: 」', hint: '把整个值用英文双引号括起来，如 title: "关于: …"' };
      }
      return { ...error, message: '这一行不是「字段: 值」的格式', hint: '每行写「字段名: 值」（英文冒号后空一格），子项比上一层多缩进两个空格' };
    default:
      if (/:\s*"[^"]*"\S/.test(lines[error.line - 1] ?? '')) {
        return { ...error, column: 1, message: '值的引号里又有英文双引号「"」', hint: '值里的引号改用中文引号“”或「」' };
      }
      return { ...error, message: '这一行的格式有误', hint: '对照编辑指南的模板检查这一行的冒号、引号和缩进' };
  }
}

/** The first line whose double or single quotes do not pair up. */
function unclosedQuoteLine(lines: readonly string[]): number | undefined {
  const index = lines.findIndex((line) => {
    const value = /:\s+(["'])(.*)$/.exec(line);
    if (!value) return false;
    const [, quote, rest] = value;
    const unescaped = quote === '"' ? (rest ?? '').replace(/\\./g, '') : (rest ?? '').replace(/''/g, '');
    return !unescaped.includes(quote ?? '');
  });
  return index === -1 ? undefined : index;
}

function openBracketLine(lines: readonly string[], before: number): number {
  for (let index = before - 1; index >= 0; index--) if ((lines[index] ?? '').includes('[')) return index + 1;
  return before;
}
