/**
 * The numbering Chinese reports use for their sections, shared by the modules
 * that break, split and format text so that they agree on what a section is.
 */

/** 一、 二、 … 十二、 — top-level sections. */
export const TOP_MARKER = /^([一二三四五六七八九十]{1,3})、/;
/** (一) （二） — second level. */
export const SUB_MARKER = /^[（(][一二三四五六七八九十]{1,3}[）)]、?/;
/** 1、 2． 3.  (1) （2） — list items. */
const ITEM_MARKER = /^(?:\d{1,2}[、．]|\d{1,2}\.(?=[\u4e00-\u9fa5])|[（(]\d{1,2}[）)])/;

export function startsWithMarker(line: string): boolean {
  return TOP_MARKER.test(line) || SUB_MARKER.test(line) || ITEM_MARKER.test(line);
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20: the ordinals of section markers and 第N篇. */
export function chineseOrdinal(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const tensValue = text.includes('十') ? (tens ? (DIGITS[tens] ?? 0) : 1) : 0;
  return tensValue * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

/** Ends a sentence; a line that does not end so continues on the next line. */
export const SENTENCE_END = /[。！？!?；;：:…]$/;
