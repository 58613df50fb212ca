/** Restores a pasted report's paragraphs and tells section headings apart. */
import { SENTENCE_END, SUB_MARKER, TOP_MARKER, startsWithMarker } from './markers.ts';

const MARKER_INLINE =
  '(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[、．]|\\d{1,2}\\.(?=[\\u4e00-\\u9fa5])|[（(]\\d{1,2}[）)])';
/**
 * A section marker inside a line, right after a sentence ends or after a run of
 * spaces: only there is 一、 a marker and not part of a word (统一、规范).
 */
const BREAK_BEFORE_MARKER = new RegExp(
  `([。！？!?；;：:])[ \\t\\u3000]*(?=${MARKER_INLINE})|(?<=[^\\x00-\\x7f])[ \\t\\u3000]+(?=${MARKER_INLINE})`,
  'g',
);
/** A heading run into its first paragraph across spaces: 一、基本概况　　我局现有… */
const HEADING_THEN_TEXT = new RegExp(`^(${MARKER_INLINE}[^。！？!?；;，,\\s]{1,30})[ \\t\\u3000]+(?=\\S)`);

/**
 * Rebuilds the paragraphs of a report: text pasted from a web page may arrive as
 * one long line, or with lines broken in the middle of a sentence.
 */
export function restoreParagraphs(text: string): string[] {
  const lines = text
    .split('\n')
    .flatMap((line) => line.replace(BREAK_BEFORE_MARKER, (_, end: string | undefined) => `${end ?? ''}\n`).split('\n'))
    .flatMap((line) => line.trim().replace(HEADING_THEN_TEXT, '$1\n').split('\n'))
    .map((line) => line.trim());

  const paragraphs: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const previous = paragraphs[paragraphs.length - 1];
    if (previous !== undefined && continuesPrevious(previous, line)) paragraphs[paragraphs.length - 1] = previous + line;
    else paragraphs.push(line);
  }
  return paragraphs;
}

/** A line continues the previous one when that one stopped mid-sentence and was long enough not to be a heading. */
function continuesPrevious(previous: string, line: string): boolean {
  return !SENTENCE_END.test(previous) && previous.length >= 20 && headingLevel(previous) === 0 && !startsWithMarker(line);
}

/**
 * 2 for a short 一、 section title, 3 for a short (一) one, 0 for a paragraph.
 * Long numbered lines are paragraphs that happen to be numbered.
 */
export function headingLevel(paragraph: string): 0 | 2 | 3 {
  const short = paragraph.length <= 40 && !/[。！？!?；;]./.test(paragraph);
  if (!short) return 0;
  if (TOP_MARKER.test(paragraph)) return 2;
  if (SUB_MARKER.test(paragraph)) return 3;
  return 0;
}
