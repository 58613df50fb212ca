/** An entry's body as the checks read it: the text a reader sees, line by line, with MDX's hidden parts blanked. */
import type { Segment } from './types.ts';

/**
 * What MDX never shows a reader: comments (where lint-allow directives live),
 * component tags such as <MetricChart metric="funds" />, and import/export lines.
 * They are blanked with spaces rather than removed so every column stays true.
 */
const HIDDEN_MDX = [/\{\/\*[\s\S]*?\*\/\}/g, /<\/?[A-Za-z][^<>]*>/g, /^(?:import|export)\s.*$/gm];

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** The body's lines as segments; `markup` is true for .mdx/.md, false for plain .txt. */
export function bodySegments(body: string, firstLine: number, markup: boolean): Segment[] {
  const visible = markup ? HIDDEN_MDX.reduce((text, pattern) => text.replace(pattern, blank), body) : body;
  return visible
    .split(/\r?\n/)
    .map((text, index) => ({ text, line: firstLine + index, column: 1 }))
    .filter((segment) => segment.text.trim() !== '');
}
