/** The `bank-card` publication rule: a bank card number (its Luhn checksum right) in published text. */
import type { TextMatch } from '../types.ts';
import { maskMiddle } from './mask.ts';
import { isValidResidentId } from './personalId.ts';

/** The Luhn checksum every bank card number carries in its last digit. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** 16 to 19 digits, run together or in groups of four as cards are printed (6222 0212 3456 7890 123). */
const CANDIDATE = /(?<![\dA-Za-z])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![\dA-Za-z])/g;

export function findBankCards(text: string): TextMatch[] {
  return [...text.matchAll(CANDIDATE)].flatMap((match) => {
    const digits = match[0].replace(/[ -]/g, '');
    // An ID number that also passes Luhn is reported once, as an ID number.
    if (digits.length < 16 || !passesLuhn(digits) || isValidResidentId(digits)) return [];
    return [
      {
        index: match.index ?? 0,
        length: match[0].length,
        message: `疑似银行卡号「${maskMiddle(digits, 4, 4)}」，个人信息不能公开`,
        hint: '删去银行卡号；捐款账户等确需公开的，请用单位对公账户并经审核后加 lint-allow 说明',
      },
    ];
  });
}
