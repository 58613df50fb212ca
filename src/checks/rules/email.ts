/** The `email` publication rule: a personal e-mail address in published text. */
import type { TextMatch } from '../types.ts';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function findEmails(text: string): TextMatch[] {
  return [...text.matchAll(EMAIL)].map((match) => {
    const [name = '', domain = ''] = match[0].split('@');
    return {
      index: match.index ?? 0,
      length: match[0].length,
      message: `电子邮箱「${name.slice(0, 1)}***@${domain}」，个人信息不能公开`,
      hint: '删去个人邮箱；需要留联系方式时写单位公开邮箱，并加 lint-allow 说明',
    };
  });
}
