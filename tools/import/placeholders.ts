/**
 * Anonymised or unfinished spots that must be filled in before publishing:
 * **局, 202_年, 20XX年, xxx单位, *名, X县, 组长：_. Template sites blank out names
 * and years this way; left in, they would be published as is.
 */
const PLACEHOLDERS: RegExp[] = [
  /(?:19|20)(?:\d[_＿xX×*＊]|[_＿xX×*＊]{2})年/g,
  /[*＊]+(?=[\u4e00-\u9fa5])|(?<=[\u4e00-\u9fa5])[*＊]{2,}/g,
  /(?<![A-Za-z])[xX×]{1,3}(?=[\u4e00-\u9fa5])/g,
  /[_＿]{1,}(?=[\u4e00-\u9fa5])|(?<=[：:])[_＿]+/g,
  /某某|XX|ＸＸ/g,
];

export function findPlaceholders(paragraphs: string[]): string[] {
  const found = new Set<string>();
  for (const paragraph of paragraphs) {
    // One placeholder can fit two patterns (20**年); the first claims its characters.
    const claimed = new Set<number>();
    for (const pattern of PLACEHOLDERS) {
      for (const match of paragraph.matchAll(pattern)) {
        const at = match.index ?? 0;
        if (claimed.has(at) || claimed.has(at + match[0].length - 1)) continue;
        for (let i = at; i < at + match[0].length; i++) claimed.add(i);
        found.add(paragraph.slice(Math.max(0, at - 6), at + match[0].length + 6).replace(/[，。；,;]+$/, ''));
      }
    }
  }
  return [...found];
}

/** True when the text holds a 20XX-style year placeholder. */
export function hasYearPlaceholder(text: string): boolean {
  return /(?:19|20)(?:\d[_＿xX×*＊]|[_＿xX×*＊]{2})年/.test(text);
}
