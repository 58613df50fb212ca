/** Cuts a compilation (【第一篇】, 第一篇：, bare title lines) into its reports. */
import { SENTENCE_END, TOP_MARKER, chineseOrdinal } from './markers.ts';

/** One report cut out of a source file, before its paragraphs are restored. */
export interface Segment {
  /** The report's own title line, when the source gives one. */
  title?: string;
  text: string;
  /** The title of the whole compilation (民族团结进步创建工作总结2023年（5篇）), a last resort for the year. */
  compilationTitle?: string;
  /** How the segment was found, so a doubtful cut can be flagged. */
  cut: 'whole' | 'marker' | 'title-line';
}

const ORDINAL = '[一二三四五六七八九十百\\d]{1,4}';
/** 【第二篇】 anywhere, with the title phrase that template sites print just before it. */
const BRACKET_MARKER = new RegExp(`([^。！？!?；;\\n]{0,40}?)【第${ORDINAL}篇】`, 'g');
/** 第二篇：Title at the start of a line or right after a sentence. */
const COLON_MARKER = new RegExp(`(^|[。！？!?；;])[ \\t\\u3000]*第${ORDINAL}篇[:：]`, 'gm');
const CUT = '\u0000';

/** A short line with no sentence punctuation that names a kind of report: a bare article title. */
const TITLE_LINE = /^[^。，,！？!?；;：:]{4,40}(?:总结|材料|汇报|方案|报告)[^。，,！？!?；;：:]{0,12}$/;

/**
 * Splits a compilation into its reports. Template sites join articles with
 * 【第N篇】 or 第N篇：, sometimes inside one long line; inside a compilation a
 * bare title line after a blank line also starts an article (such sites paste
 * fragments of further articles that way).
 */
export function splitReports(text: string): Segment[] {
  const marked = text
    .replace(BRACKET_MARKER, (_, title: string) => `\n${CUT}${title.trim()}\n`)
    .replace(COLON_MARKER, (_, before: string) => `${before}\n${CUT}`);
  const parts = marked.split(`\n${CUT}`);
  if (parts.length === 1) {
    const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
    return [TITLE_LINE.test(firstLine) ? withTitle(text, 'whole') : { text: text.trim(), cut: 'whole' }];
  }

  const [preamble = '', ...articles] = parts;
  const segments: Segment[] = [];
  let compilationTitle: string | undefined;
  if (isTitleOnly(preamble)) compilationTitle = preamble.trim() || undefined;
  else segments.push({ text: preamble.trim(), cut: 'marker' });

  for (const article of articles) {
    const [head, ...segmentsByTitle] = splitAtTitleLines(article);
    if (head) segments.push(withTitle(head, 'marker'));
    for (const fragment of segmentsByTitle) segments.push(withTitle(fragment, 'title-line'));
  }
  return segments.filter((segment) => segment.text !== '' || segment.title).map((segment) => ({ ...segment, compilationTitle }));
}

function isTitleOnly(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || (!trimmed.includes('\n') && trimmed.length <= 60 && !/[。！？!?]/.test(trimmed));
}

function splitAtTitleLines(article: string): string[] {
  const lines = article.split('\n');
  const pieces: string[][] = [[]];
  lines.forEach((line, index) => {
    const afterBlank = index > 1 && lines[index - 1]?.trim() === '';
    if (afterBlank && TITLE_LINE.test(line.trim())) pieces.push([]);
    pieces[pieces.length - 1]?.push(line);
  });
  return pieces.map((piece) => piece.join('\n').trim()).filter((piece) => piece !== '');
}

/** Takes the first line as the title when it reads like one; mends a year broken off the title (…2023\n年…). */
function withTitle(raw: string, cut: Segment['cut']): Segment {
  const text = raw.trimStart();
  const newline = text.indexOf('\n');
  let first = (newline === -1 ? text : text.slice(0, newline)).trim();
  let body = newline === -1 ? '' : text.slice(newline + 1).trim();
  if (first.length > 60 || SENTENCE_END.test(first) || /[。！？!?]/.test(first)) return { text: text.trim(), cut };
  if (/\d{4}$/.test(first) && body.startsWith('年')) {
    first += '年';
    body = body.slice(1);
  }
  return { title: first || undefined, text: body, cut };
}

/**
 * Cuts a run of paragraphs where top-level numbering starts again at 一、 after
 * 二、 or later: two reports pasted one after the other without a marker. The
 * second report starts at its opening sentence (…现将…总结如下：) when that
 * sentence sits just above its 一、.
 */
export function splitAtRestart(paragraphs: string[]): string[][] {
  const reports: string[][] = [[]];
  let highest = 0;
  paragraphs.forEach((paragraph) => {
    const current = reports[reports.length - 1] ?? [];
    const ordinal = chineseOrdinal(paragraph.match(TOP_MARKER)?.[1] ?? '');
    if (ordinal === 1 && highest >= 2) {
      const opening = findOpening(current);
      reports.push(current.splice(opening));
      highest = 0;
      reports[reports.length - 1]?.push(paragraph);
    } else current.push(paragraph);
    if (ordinal > 0) highest = Math.max(highest, ordinal);
  });
  return reports.filter((report) => report.length > 0);
}

function findOpening(paragraphs: string[]): number {
  for (let back = 1; back <= 2; back++) {
    const index = paragraphs.length - back;
    const paragraph = paragraphs[index];
    if (paragraph === undefined || TOP_MARKER.test(paragraph)) break;
    if (/(?:如下|于下)[:：。]?$|^(?:根据|按照|为(?:了)?(?:深入|进一步|认真))/.test(paragraph)) return index;
  }
  return paragraphs.length;
}
