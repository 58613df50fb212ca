/**
 * Numbers as reports write them: Arabic (3.2, 1,200, full-width １２) or Chinese
 * numerals (三十, 一千二百, 两万). Chinese numerals are read by `nzh`, a maintained
 * converter; it does not know 两, so 两 is read as 二 first.
 */
import Nzh from 'nzh';

/** One number token, Arabic or Chinese, as a regex source with no capturing groups. */
export const ARABIC_NUMBER = String.raw`[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?`;
export const CHINESE_NUMBER = String.raw`[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?`;

export function parseNumber(token: string): number {
  if (/^[0-9０-９,，.．]+$/.test(token)) {
    const ascii = token.replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');
    return Number(ascii);
  }
  return Number(Nzh.cn.decodeS(token.replaceAll('两', '二')));
}

/**
 * Whether a Chinese numeral reads as a reported quantity rather than a set phrase:
 * 一次, 两个维护, 五个认同 are one character and never a figure; 三十, 一千二百 are.
 */
export function isQuantityNumeral(token: string): boolean {
  return token.length >= 2 || /^[0-9０-９]/.test(token);
}
