/** Turns a template's placeholders into visible 〔待补：…〕 markers that the content checks refuse to publish. */
import { findPlaceholders, type Placeholder } from '../lib/text/placeholders.ts';

/**
 * Replaces what a template hid (**市委, 202_年, XX同志, 〇〇局) with a visible
 * marker such as 〔待补：单位〕, so the sentence still reads and the lint refuses to
 * publish it until the editor fills it in. The warnings quote the original words.
 */
export function markPlaceholders(paragraphs: string[]): { paragraphs: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const marked = paragraphs.map((paragraph) => {
    let text = paragraph;
    for (const placeholder of findPlaceholders(paragraph).reverse()) {
      if (placeholder.kind === 'marker' || placeholder.kind === 'bracket') {
        warnings.push(`占位符待填写：「${around(paragraph, placeholder)}」`);
        continue;
      }
      const what = slotOf(paragraph, placeholder);
      warnings.push(`占位符待填写：「${around(paragraph, placeholder)}」，已换成〔待补：${what}〕，请补上真实内容`);
      text = `${text.slice(0, placeholder.index)}〔待补：${what}〕${text.slice(placeholder.index + placeholder.length)}`;
    }
    return text;
  });
  return { paragraphs: marked, warnings: warnings.reverse() };
}

/** What the hidden words were, judged by what follows them. */
function slotOf(text: string, placeholder: Placeholder): string {
  if (placeholder.kind === 'year') return '年份';
  const after = text.slice(placeholder.index + placeholder.length);
  if (placeholder.kind === 'blank') return /^[年月日]/.test(after) ? '日期' : '内容';
  if (/^(?:人次|万|亿|人|名|个|次|户|份|件|元|场|期|%|％)/.test(after)) return '数字';
  if (/^(?:同志|同学|书记|主任|老师|校长|局长|先生|女士)/.test(after)) return '姓名';
  return '单位';
}

/** Six characters either side, punctuation included (组长：_全面负责), within the paragraph. */
function around(text: string, { index, length }: Placeholder): string {
  let start = Math.max(0, index - 6);
  // Never start inside a number (023年 for 2023年).
  while (start > 0 && /[\d０-９]/.test(text[start - 1]!) && /[\d０-９]/.test(text[start]!)) start--;
  return text.slice(start, index + length + 6).replace(/[，。；,;]+$/, '');
}
