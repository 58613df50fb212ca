/**
 * Cleans a title taken from a template site: its decorations (【汇编5篇】, （通用X篇）,
 * 300字, 范文, 精选) and the X/XX that stand for a hidden place name. Hand-written:
 * the decorations are particular to Chinese template sites.
 */
const DECORATIONS: RegExp[] = [
  /【[^】]{0,10}(?:汇编|精选|通用|范文|合集|大全|篇)[^】]{0,10}】/g,
  /[（(][^）)]{0,8}(?:汇编|精选|通用|范文|合集|大全|\d+篇|[XxＸｘ]+篇|[一二三四五六七八九十]+篇)[^）)]{0,8}[）)]/g,
  /(?<![\d年])\d{2,5}字(?:范文)?/g,
  /(?:优秀|精选)?范文(?:大全|精选)?|(?:大全|精选|合集)$/g,
  // XX县, X市: the hidden name and the division word it stood before.
  /(?<![A-Za-z])(?:[XxＸｘ×]{1,3}|[*＊]{1,3}|某某)(?![A-Za-z])[县市区州旗乡镇村局委校]?/g,
];

export function cleanTitle(title: string): string {
  let cleaned = title;
  for (const decoration of DECORATIONS) cleaned = cleaned.replace(decoration, '');
  return cleaned
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s、，,：:\-—]+|[\s、，,：:\-—]+$/g, '')
    .trim();
}
