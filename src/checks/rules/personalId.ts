/** The `personal-id` publication rule: a resident ID number (checksum and birth date right) in published text. */
import type { TextMatch } from '../types.ts';
import { maskMiddle } from './mask.ts';

/** ISO 7064 MOD 11-2 weights and check characters of the 18-digit resident ID (GB 11643). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/**
 * True for an 18-character resident ID number whose check character is right and
 * whose birth date (characters 7–14) is a real date. The date test keeps long
 * figures and serial numbers that happen to pass the checksum (1 in 11) out.
 */
export function isValidResidentId(id: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  if (CHECK_CHARACTERS[sum % 11] !== id[17]!.toUpperCase()) return false;
  const [year, month, day] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [number, number, number];
  const birth = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
}

const CANDIDATE = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;

export function findResidentIds(text: string): TextMatch[] {
  return [...text.matchAll(CANDIDATE)]
    .filter((match) => isValidResidentId(match[0]))
    .map((match) => ({
      index: match.index ?? 0,
      length: match[0].length,
      message: `疑似居民身份证号「${maskMiddle(match[0], 6, 4)}」，个人信息不能公开`,
      hint: '删去身份证号；确需指明个人时只写姓名和职务',
    }));
}
