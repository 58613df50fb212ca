import { describe, expect, it } from 'vitest';
import { findBankCards, passesLuhn } from '../../../src/checks/rules/bankCard.ts';
import { findEmails } from '../../../src/checks/rules/email.ts';
import { findMobileNumbers } from '../../../src/checks/rules/mobile.ts';
import { findResidentIds, isValidResidentId } from '../../../src/checks/rules/personalId.ts';

/** Ordinary report text every personal-data rule must leave alone. */
const ORDINARY =
  '五年来全省累计投入专项发展资金7009万元，根据《山南市实施方案》(山委〔2019〕91号)，2020年12月开展活动20191231次，共计13812345678901234567890人次。';

describe('personal-id', () => {
  it('accepts an ID whose check character is right and rejects one digit off', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('rejects a correct checksum around an impossible birth date', () => {
    // 19490231: 31 February. Check character recomputed for these digits.
    expect(isValidResidentId('110105194902310026')).toBe(false);
  });

  it('finds a valid ID in text, at its index, masked in the message', () => {
    const [match, ...rest] = findResidentIds('联系人身份证号：11010519491231002X。');
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ index: 8, length: 18 });
    expect(match?.message).toContain('110105********002X');
    expect(match?.message).not.toContain('11010519491231002X');
  });

  it('ignores an 18-digit number with a wrong check digit, and ordinary figures', () => {
    expect(findResidentIds('编号110105194912310021')).toEqual([]);
    expect(findResidentIds(ORDINARY)).toEqual([]);
  });
});

describe('mobile', () => {
  it('finds 11-digit mobile numbers, plain, dashed, spaced and with +86', () => {
    for (const number of ['13812345678', '138-1234-5678', '138 1234 5678', '+8613812345678']) {
      const [match] = findMobileNumbers(`联系电话${number}。`);
      expect(match, number).toMatchObject({ index: 4, length: number.length });
    }
  });

  it('masks the number it reports', () => {
    expect(findMobileNumbers('电话：15912345678')[0]?.message).toContain('159****5678');
  });

  it('ignores amounts, years, document numbers, landlines and digits inside longer numbers', () => {
    expect(findMobileNumbers(ORDINARY)).toEqual([]);
    expect(findMobileNumbers('办公电话0996-12345678，邮编841200')).toEqual([]);
    expect(findMobileNumbers('12812345678')).toEqual([]);
    expect(findMobileNumbers('11010519491231002X')).toEqual([]);
  });
});

describe('email', () => {
  it('finds an e-mail address and masks the name part', () => {
    const [match] = findEmails('来信请寄zhangsan.01@example.com.cn');
    expect(match).toMatchObject({ index: 4, length: 'zhangsan.01@example.com.cn'.length });
    expect(match?.message).toContain('z***@example.com.cn');
  });

  it('ignores an @ that is not an address', () => {
    expect(findEmails('@全体干部职工 请于3月@会议室集合')).toEqual([]);
  });
});

describe('bank-card', () => {
  it('checks the Luhn digit', () => {
    expect(passesLuhn('6222021234567890128')).toBe(true);
    expect(passesLuhn('6222021234567890123')).toBe(false);
  });

  it('finds Luhn-valid card numbers, run together or in groups of four', () => {
    expect(findBankCards('账号6222021234567890128')[0]).toMatchObject({ index: 2, length: 19 });
    expect(findBankCards('卡号 6217 0012 3456 7893 转入')[0]).toMatchObject({ index: 3, length: 19 });
    expect(findBankCards('卡号6222021234567890128')[0]?.message).toContain('6222***********0128');
  });

  it('ignores Luhn-invalid numbers, ordinary figures, and leaves ID numbers to personal-id', () => {
    expect(findBankCards('账号6222021234567890123')).toEqual([]);
    expect(findBankCards(ORDINARY)).toEqual([]);
    // A valid ID number that happens to pass Luhn too is reported once, as an ID.
    const idPassingLuhn = '110105198001011553';
    expect(isValidResidentId(idPassingLuhn) && passesLuhn(idPassingLuhn)).toBe(true);
    expect(findBankCards(idPassingLuhn)).toEqual([]);
    expect(findResidentIds(idPassingLuhn)).toHaveLength(1);
  });
});
