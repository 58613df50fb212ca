/**
 * Compiles an .mdx body with satteri, the MDX compiler Astro's build uses, so a
 * body the build would refuse (a bare `{`, `<良好>`, `<5`) is refused here first,
 * in Chinese and on the right line. satteri reports only English text and one
 * rule id for every JSX slip, so the known shapes of its message are matched.
 */
import { mdxToJs } from 'satteri';
import type { Finding, LintEntry } from './types.ts';

interface Explained {
  message: string;
  hint: string;
}

const ESCAPE_HINT = '正文里的这个符号若是文字，在它前面加反斜杠（\\{ 或 \\<），或改用全角符号；整篇不用组件的，可把文件改为 .md';

const SHAPES: [RegExp, (match: RegExpExecArray) => Explained][] = [
  [/Unexpected end of file in expression/, () => ({ message: '「{」没有配对的「}」，被当成了 MDX 表达式', hint: ESCAPE_HINT })],
  [/Could not parse expression/, () => ({ message: '「{ }」里的文字被当成了 MDX 表达式', hint: ESCAPE_HINT })],
  [
    /Expected a closing tag for `<([^>]*)>`/,
    (m) => ({ message: `「<${m[1]}>」被当成了标签，却没有结束标签`, hint: `若是文字，改写为〈${m[1]}〉或「${m[1]}」，或写成 \\<${m[1]}>` }),
  ],
  [/Unexpected closing tag `<\/([^>]*)>`/, (m) => ({ message: `多出一个结束标签「</${m[1]}>」`, hint: '删去它，或补上对应的开始标签' })],
  [/to create a comment in MDX/, () => ({ message: 'MDX 里不能用 HTML 注释「<!-- -->」', hint: '改用 {/* 注释 */}' })],
  [
    /Unexpected character after `<`/,
    () => ({ message: '「<」后面紧跟文字，被当成了标签的开头', hint: '表示小于时在 < 后空一格或写成 \\<；书名、等级请用《》或「」' }),
  ],
];

/** The MDX syntax error of an entry's body, or none. Only .mdx bodies are compiled: Markdown accepts any text. */
export function checkMdxSyntax(entry: LintEntry): Finding[] {
  if (!entry.source.mdx) return [];
  try {
    mdxToJs(entry.source.body, {});
    return [];
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const [, line = '1', column = '1', detail = text] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text) ?? [];
    const explained = explain(detail);
    return [
      {
        file: entry.file,
        line: entry.source.bodyLine + Number(line) - 1,
        column: Number(column),
        severity: 'error',
        rule: 'mdx',
        message: `正文格式（MDX）错误：${explained.message}`,
        hint: explained.hint,
      },
    ];
  }
}

function explain(detail: string): Explained {
  for (const [shape, say] of SHAPES) {
    const match = shape.exec(detail);
    if (match) return say(match);
  }
  return { message: `正文有 MDX 不认识的写法（${detail.replace(/\s*\([\w:-]+\)\s*$/, '')}）`, hint: ESCAPE_HINT };
}
