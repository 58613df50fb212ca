/** The `garbled` publication rule: mojibake in published text. */
import { findGarbledRuns } from '../../lib/text/mojibake.ts';
import type { TextMatch } from '../types.ts';

/** The garbled-text rule: runs of characters a wrong encoding leaves (src/lib/text/mojibake.ts), which no reader can read. */
export function findGarbledText(text: string): TextMatch[] {
  return findGarbledRuns(text).map((run) => ({
    index: run.index,
    length: run.length,
    message: `「${run.text}」像是文字编码出错留下的乱码`,
    hint: '对照原件改回原文；整篇都是这样的，用 npm run import 重新导入原始文件',
  }));
}
