/**
 * Mends text copied out of online document viewers (文库-style sites): their
 * banners, the page numbers they print between pages, and the spaces they leave
 * where a line wrapped inside a word. What the author wrote apart — letter-spaced
 * titles (工 作 总 结), names in a byline (严 庆 王 欣), two-word slogans — stays
 * apart. Hand-written: these artefacts are particular to Chinese viewer sites.
 */

/** Viewer banners; each pattern takes only the banner, never the rest of a line. */
const BANNERS: RegExp[] = [
  // 《…》由会员分享，可在线阅读，更多相关《…（15页珍藏版）》请在人人文库网上搜索。
  // The document's title before it belongs to the banner too (up to the previous sentence's end).
  /[^\s。！？!?]{0,40}?由会员[^，,。\n]{0,12}分享[，,]?\s*(?:可在线阅读[，,]?\s*)?(?:更多相关[^。\n]{0,120}?请在[^。\n]{0,24}?上搜索[。.]?)?/g,
  /可在线阅读[，,。]?/g,
  /[（(]?\d+页珍藏版[）)]?/g,
  /请在[^。\n]{1,24}?(?:网|网站|文库)上搜索[。.]?/g,
];

/** A line that is only a page number: 2, - 2 -, 第2页, 2/15. */
const PAGE_NUMBER_LINE = /^\s*(?:[-—－]\s*\d{1,3}\s*[-—－]|第\s*\d{1,3}\s*页(?:\s*[,，/／共]\s*\d{1,3}\s*页?)?|\d{1,3}(?:\s*[/／]\s*\d{1,3})?)\s*$/;
const SENTENCE_END = /[。！？!?；;：:…」”』）)]$/;
const ITEM = /^(\d{1,3})\s*[、.．]\s*/;
/**
 * A space between two runs of Han characters that make six or more together is a
 * wrap inside a word (开展宣传教 育活动); shorter runs are words set apart (张三 副组长).
 */
const WRAPPED_WORD = 6;

export interface MendResult {
  text: string;
  /** What was mended, for the import report: 「宣传教 育」→「宣传教育」 … */
  mended: string[];
}

export function mendViewerText(input: string): MendResult {
  const mended: string[] = [];
  let text = input;
  for (const banner of BANNERS) {
    text = text.replace(banner, (found) => {
      if (found.trim()) mended.push(`删去文档网站的横幅「${found.trim().slice(0, 30)}」`);
      return '';
    });
  }
  text = joinPageBreaks(text.split('\n'), mended).join('\n');
  // Only in running prose: a short line (a signature, 组长 张三) is spaced on purpose.
  text = text
    .split('\n')
    .map((line) =>
      line.length < 20
        ? line
        : line.replace(/(?<=[\u3400-\u9fff])[ \t]+(?=[\u3400-\u9fff])/g, (space, offset: number) => {
            const left = /[\u3400-\u9fff]+$/.exec(line.slice(0, offset))?.[0].length ?? 0;
            const right = /^[\u3400-\u9fff]+/.exec(line.slice(offset + space.length))?.[0].length ?? 0;
            if (left + right < WRAPPED_WORD) return space;
            mended.push(
              `去掉词中的空格「${line.slice(Math.max(0, offset - 3), offset)} ${line.slice(offset + space.length, offset + space.length + 3)}」`,
            );
            return '';
          }),
    )
    .join('\n');
  return { text, mended };
}

/**
 * Page numbers between two halves of a sentence: a line holding only a number, or
 * one opening with 2、 that cannot be a list item (no 1、 before it in the section)
 * after a line that stopped mid-sentence. The halves are joined again.
 */
function joinPageBreaks(lines: string[], mended: string[]): string[] {
  const out: string[] = [];
  let lastItem = 0;
  // Set after a page number cut a sentence: the next line of text continues it.
  let joinNext = false;
  for (const line of lines) {
    const trimmed = line.trim();
    const previousIndex = out.findLastIndex((candidate) => candidate.trim() !== '');
    const previous = out[previousIndex]?.trim() ?? '';
    const midSentence = previous.length >= 10 && !SENTENCE_END.test(previous) && /[\u3400-\u9fff]$/.test(previous);
    if (PAGE_NUMBER_LINE.test(line) && previousIndex >= 0) {
      mended.push(`删去页码「${trimmed}」`);
      joinNext = midSentence;
      continue;
    }
    if (trimmed === '' && joinNext) continue;
    const item = ITEM.exec(trimmed);
    if (item && midSentence && Number(item[1]) !== lastItem + 1) {
      mended.push(`删去截断句子的页码「${item[1]}」`);
      out[previousIndex] = previous + trimmed.slice(item[0].length);
      out.length = previousIndex + 1;
      joinNext = false;
      continue;
    }
    if (joinNext && /^[\u3400-\u9fff]/.test(trimmed)) {
      out[previousIndex] = previous + trimmed;
      out.length = previousIndex + 1;
      joinNext = false;
      continue;
    }
    joinNext = false;
    if (item) lastItem = Number(item[1]);
    else if (/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/.test(trimmed)) lastItem = 0;
    out.push(line);
  }
  return out;
}
