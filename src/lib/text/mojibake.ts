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
// One slot per code point of the CJK range the runs are made of: 0 not yet judged, 1 common, 2 rare.
const FIRST = 0x3400;
const commonness = new Uint8Array(0xa000 - FIRST);

function isCommon(code: number): boolean {
  let common = commonness[code - FIRST]!;
  if (common === 0) {
    const bytes = iconv.encode(String.fromCharCode(code), 'gbk');
    common = bytes.length === 2 && bytes[0]! >= 0xb0 && bytes[0]! <= 0xd7 ? 1 : 2;
    commonness[code - FIRST] = common;
  }
  return common === 1;
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
    const length = chars.length;
    const suspect = new Uint8Array(length);
    let suspects = 0;
    for (let at = 0; at < length; at++) {
      const code = chars.charCodeAt(at);
      if (code === 0x3f || code === 0xfffd || !isCommon(code)) {
        suspect[at] = 1;
        suspects++;
      }
    }
    const width = Math.min(WINDOW, length);
    const needed = Math.min(SUSPECTS_IN_WINDOW, width);
    if (suspects < needed) continue;
    // Slide the window, counting the suspects in it.
    const marked = new Uint8Array(length);
    let inWindow = 0;
    for (let at = 0; at < width; at++) inWindow += suspect[at]!;
    for (let start = 0; start + width <= length; start++) {
      if (start > 0) inWindow += suspect[start + width - 1]! - suspect[start - 1]!;
      if (inWindow >= needed) marked.fill(1, start, start + WINDOW);
    }
    let at = 0;
    while (at < length) {
      if (!marked[at]) {
        at++;
        continue;
      }
      let end = at;
      while (end < length && marked[end]) end++;
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
