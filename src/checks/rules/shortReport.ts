/** The `short-report` publication rule (a warning): a report too short to be more than a fragment. */
import type { LintEntry, Placed } from '../types.ts';

/**
 * Below this many Chinese characters a report is more likely a fragment left by
 * splitting a compilation than a report; the shortest sample reports hold about 250.
 */
const SHORT_REPORT_CHARACTERS = 200;

/**
 * Chinese characters (U+3400–U+9FFF) in the body, counted up to `atMost`: the rule only
 * needs to know whether a report reaches the threshold, and the build runs it on every
 * report (a match() per segment built an array of every character).
 */
function chineseCharacters(segments: readonly { text: string }[], atMost: number): number {
  let count = 0;
  for (const { text } of segments) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x3400 && code <= 0x9fff && ++count >= atMost) return count;
    }
  }
  return count;
}

export function checkShortReport(entry: LintEntry): Placed[] {
  if (entry.kind === 'unit') return [];
  const characters = chineseCharacters(entry.body, SHORT_REPORT_CHARACTERS);
  if (characters >= SHORT_REPORT_CHARACTERS) return [];
  const first = entry.body[0] ?? { line: 1, column: 1 };
  return [
    {
      line: first.line,
      column: first.column,
      message: `正文只有 ${characters} 个汉字，可能是残篇`,
      hint: '对照原件补全正文，或把它并入同一单位的其他材料',
    },
  ];
}
