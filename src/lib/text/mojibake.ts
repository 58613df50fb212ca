/**
 * Garbled runs left by decoding with the wrong encoding (UTF-8 read as GBK gives
 * 姘戞棌鍥㈢粨; bytes lost on the way give ?谑忻褡迨). Real Chinese prose is
 * written almost only with the 3,755 common characters of GB2312's first level
 * (lead byte B0–D7 in GBK); such mojibake is mostly rare and extension characters.
 * Hand-written: chardet guesses a file's encoding, it cannot judge decoded text.
 */
import iconv from 'iconv-lite';

export interface GarbledRun {
  index: number;
  length: number;
  text: string;
}

// Encoding one character at a time is slow; a showcase uses a few thousand distinct ones.
const commonness = new Map<string, boolean>();

function isCommon(char: string): boolean {
  let common = commonness.get(char);
  if (common === undefined) {
    const bytes = iconv.encode(char, 'gbk');
    common = bytes.length === 2 && bytes[0]! >= 0xb0 && bytes[0]! <= 0xd7;
    commonness.set(char, common);
  }
  return common;
}

const WINDOW = 6;
const SUSPECTS_IN_WINDOW = 4;

/**
 * Stretches where any six characters in a row hold four or more that are rare
 * (outside GB2312's first level) or a ? / �: real prose, even full of place
 * names (克孜勒苏柯尔克孜, 额吉淖尔), never does.
 */
export function findGarbledRuns(text: string): GarbledRun[] {
  const runs: GarbledRun[] = [];
  for (const match of text.matchAll(/[\u3400-\u9fff?\uFFFD]{4,}/g)) {
    const chars = match[0];
    const suspect = [...chars].map((char) => char === '?' || char === '\uFFFD' || !isCommon(char));
    const marked = new Array<boolean>(chars.length).fill(false);
    for (let start = 0; start + Math.min(WINDOW, chars.length) <= chars.length; start++) {
      const window = suspect.slice(start, start + WINDOW);
      if (window.filter(Boolean).length >= Math.min(SUSPECTS_IN_WINDOW, window.length)) marked.fill(true, start, start + WINDOW);
    }
    let at = 0;
    while (at < chars.length) {
      if (!marked[at]) {
        at++;
        continue;
      }
      let end = at;
      while (end < chars.length && marked[end]) end++;
      // Trim the common characters a window dragged in at either end.
      let from = at;
      let to = end;
      while (from < to && !suspect[from]) from++;
      while (to > from && !suspect[to - 1]) to--;
      if (to - from >= SUSPECTS_IN_WINDOW) {
        const index = (match.index ?? 0) + from;
        runs.push({ index, length: to - from, text: chars.slice(from, to) });
      }
      at = end;
    }
  }
  return runs;
}
