/** The `mobile` publication rule: a personal mobile number in published text. */
import type { TextMatch } from '../types.ts';
import { maskMiddle } from './mask.ts';

/**
 * An 11-digit mainland mobile number (1[3-9] then 9 digits), optionally with +86
 * and written 138-1234-5678 or 138 1234 5678. Digits or letters on either side
 * mean a longer number (an ID, a card, a figure), which this rule leaves alone.
 */
const MOBILE = /(?<![\dA-Za-z+])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![\dA-Za-z])/g;

export function findMobileNumbers(text: string): TextMatch[] {
  return [...text.matchAll(MOBILE)].map((match) => ({
    index: match.index ?? 0,
    length: match[0].length,
    message: `疑似手机号码「${maskMiddle(match[0].replace(/[- ]/g, ''), 3, 4)}」，个人信息不能公开`,
    hint: '删去个人手机号；需要留联系方式时写单位办公电话',
  }));
}
