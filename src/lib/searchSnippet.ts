/**
 * The snippet under a search result, built from the page's text rather than taken
 * from pagefind's excerpt: pagefind's excerpt starts at the page's title and meta line
 * (which the result already shows), and marks the pieces its segmenter split a word
 * into (扶 / 贫, or 民 alone inside 县民), so a reader sees fragments lit up. Here the
 * snippet starts in the body, around the first place the visitor's own terms occur,
 * and marks those terms whole.
 */

export interface SnippetPart {
  text: string;
  /** A matched term, shown highlighted */
  mark: boolean;
}

/** What pagefind knows of a page besides its text. */
export interface SnippetPage {
  /** The page's text as pagefind holds it: its blocks joined by ". " */
  content: string;
  title?: string;
  /** pagefind's excerpt, whose <mark>s name the words it matched when the visitor's terms are not in the text */
  excerpt?: string;
}

const ELLIPSIS = '…';
/** Characters of text around the match: enough for a sentence on a phone's two or three lines. */
const SNIPPET_LENGTH = 72;
/** How far before the match the snippet may start, to show what leads up to it. */
const LEAD_IN = 18;

/**
 * What follows the meta line in its block. Pagefind ends a block with ". " only where its
 * last character is a letter, digit or ASCII bracket, so a unit's meta line ending in
 * 「（区划代码 …）」 runs into its introduction: the meta line has no sentence punctuation,
 * so the introduction starts after the last space before the block's first 「，」 or 「。」.
 */
function afterMetaLine(block: string): string {
  const sentence = block.search(/[，。；！？]/);
  const cut = sentence === -1 ? -1 : block.lastIndexOf(' ', sentence);
  return cut === -1 ? '' : block.slice(cut + 1);
}

/** The body of the page: without the leading title and meta line (unit · year · kind), with Chinese full stops. */
export function bodyText(page: SnippetPage): string {
  const blocks = page.content.split(/\.\s+/).map((block) => block.trim());
  let start = 0;
  if (page.title && blocks[0] === page.title.trim()) start = 1;
  if (blocks[start]?.includes(' · ')) blocks[start] = afterMetaLine(blocks[start]!);
  return blocks
    .slice(start)
    .filter(Boolean)
    .map((block) => (/[。！？；：，、”」）]$/.test(block) ? block : `${block}。`))
    .join('')
    .replace(/([。！？；：，、”」）])\s+/g, '$1');
}

/** Words pagefind marked in its excerpt, adjacent marks joined (<mark>扶</mark><mark>贫</mark> → 扶贫). */
export function markedWords(excerpt: string): string[] {
  const joined = excerpt.replace(/<\/mark>\s*<mark>/g, '');
  return [...new Set([...joined.matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => decodeEntities(m[1]).trim()).filter(Boolean))];
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Where the snippet starts: a little before the match, at a sentence or clause start when one is near. */
function startBefore(text: string, at: number): number {
  if (at <= LEAD_IN) return 0;
  const window = text.slice(at - LEAD_IN, at);
  const boundary = Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('，'));
  return boundary >= 0 ? at - LEAD_IN + boundary + 1 : at - LEAD_IN;
}

/** Splits `text` into parts with every occurrence of the terms marked, longest term first. */
export function markTerms(text: string, terms: readonly string[]): SnippetPart[] {
  const sorted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  const parts: SnippetPart[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const term = sorted.find((t) => text.startsWith(t, i) || text.slice(i, i + t.length).toLowerCase() === t.toLowerCase());
    if (term) {
      if (plain) parts.push({ text: plain, mark: false });
      parts.push({ text: text.slice(i, i + term.length), mark: true });
      plain = '';
      i += term.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) parts.push({ text: plain, mark: false });
  return parts;
}

/**
 * A snippet of the page's body around the first occurrence of the visitor's terms
 * (or, failing those, the words pagefind matched), with an ellipsis where the text
 * is cut and the terms marked whole.
 */
export function searchSnippet(page: SnippetPage, terms: readonly string[]): SnippetPart[] {
  const text = bodyText(page);
  const lower = text.toLowerCase();
  const find = (words: readonly string[]) =>
    words
      .map((word) => lower.indexOf(word.toLowerCase()))
      .filter((at) => at >= 0)
      .sort((a, b) => a - b)[0];
  let marked = terms;
  let at = find(terms);
  if (at === undefined && page.excerpt) {
    marked = markedWords(page.excerpt);
    at = find(marked);
  }
  const start = at === undefined ? 0 : startBefore(text, at);
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const parts = markTerms(text.slice(start, end), at === undefined ? [] : marked);
  if (start > 0) parts.unshift({ text: ELLIPSIS, mark: false });
  if (end < text.length) parts.push({ text: ELLIPSIS, mark: false });
  return parts;
}
