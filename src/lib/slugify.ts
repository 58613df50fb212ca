/** ASCII slugs of Chinese names, for URLs (pinyin). */
import { pinyin } from 'pinyin-pro';

/**
 * Turns a Chinese name into an ASCII, lower-case, hyphenated slug for URLs:
 * 巴音郭楞蒙古自治州 → ba-yin-guo-leng-meng-gu-zi-zhi-zhou. Latin letters and
 * digits pass through; everything else separates words.
 */
export function slugify(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
