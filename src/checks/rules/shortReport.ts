/** The `short-report` publication rule (a warning): a report too short to be more than a fragment. */
import type { LintEntry, Placed } from '../types.ts';

/**
 * Below this many Chinese characters a report is more likely a fragment left by
 * splitting a compilation than a report; the shortest sample reports hold about 250.
 */
const SHORT_REPORT_CHARACTERS = 200;

export function checkShortReport(entry: LintEntry): Placed[] {
  if (entry.kind === 'unit') return [];
  const characters = entry.body.reduce((count, segment) => count + (segment.text.match(/[\u3400-\u9fff]/g)?.length ?? 0), 0);
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
