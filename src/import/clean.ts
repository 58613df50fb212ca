/**
 * Removes what websites wrap around a report when it is copied from them. Each
 * pattern takes only the noise itself, never the rest of the line, because
 * pasted pages often arrive as a single line with the report in the middle.
 * Hand-written: the noise is particular to Chinese template sites, no library knows it.
 */
const NOISE_PATTERNS: RegExp[] = [
  // Site greeting banners: 您好，欢迎访问某某范文网！
  /您好[,，、!！\s]*欢迎(?:访问|来到|光临)[^\s。！!，,]{0,40}[。！!]?/g,
  // Breadcrumbs: 当前位置：首页 > 范文大全 > 工作总结 > 正文
  /(?:当前位置|您的位置|你的位置|您现在的位置)[:：]\s*[^\s>»/]{1,20}(?:\s*[>»/›]\s*[^\s>»/›。]{1,30})*/g,
  // Paywall markers: ##paidbegin## … ##paidend##
  /##[a-z]{2,20}##/gi,
  // Footers naming the page: 本文标题：… 链接地址：https://…
  /(?:本文标题|文章标题)[:：][^\n]{0,80}?(?=(?:本文)?链接地址|本文链接|原文地址|[\r\n]|$)/g,
  /(?:(?:本文)?链接地址|本文链接|原文地址|本文网址)[:：]\s*[\x21-\x7e]*/g,
  // Neighbouring-article links: 上一篇：… 下一篇：…
  /[上下]一篇[:：][^\n]{0,60}?(?=[上下]一篇[:：]|[\r\n]|$)/g,
  // Writing-reference blurbs: 【写作参考】以下是小编整理的……希望对大家有所帮助。
  /【写作参考】[^\n]{0,200}?(?:参考|帮助|阅读|借鉴|收藏|下载)[^。！!\n]{0,12}[。！!]|【写作参考】[^\n]{0,200}/g,
  /(?:以下|下面)是(?:小编|本站|网友)[^。！!\n]{0,80}(?:参考|帮助|阅读|借鉴|收藏)[^。！!\n]{0,12}[。！!]/g,
];

/** A line made only of decoration (*************, ———, ====). */
const DECORATION_LINE = /^[\s*＊=＝\-—_~～·.。…]{3,}$/;

/** Scrapers indent with ideographic spaces and quote-marks (> 　一、…) that are not part of the text. */
const LEADING_JUNK = /^[\s\u3000>＞]+/;

export function cleanNoise(text: string): string {
  let cleaned = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  for (const pattern of NOISE_PATTERNS) cleaned = cleaned.replace(pattern, '');
  const lines = cleaned.split('\n').map((line) => line.replace(LEADING_JUNK, '').replace(/[\s\u3000]+$/, ''));
  return dropTeasers(lines.filter((line) => !DECORATION_LINE.test(line)))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Listing pages print the first lines of an article, cut off with "…", above the
 * article itself; such a teaser is dropped only when the full text follows, so
 * no sentence can be lost.
 */
function dropTeasers(lines: string[]): string[] {
  return lines.filter((line, index) => {
    const teaser = line.match(/^(.{20,}?)(?:\.{3,}|…+|。。。)$/);
    if (!teaser?.[1]) return true;
    const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
    return !next?.startsWith(teaser[1]);
  });
}
