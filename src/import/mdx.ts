/** Writes a draft as MDX: frontmatter in YAML and a body escaped so that MDX shows the text as written. */
import { stringify } from 'yaml';
import { headingLevel } from './paragraphs.ts';

/**
 * Backslash-escapes every ASCII character Markdown or MDX would read as syntax:
 * braces and angle brackets (MDX expressions and JSX), * and _ (emphasis, common
 * in 「**局」 placeholders), backticks, brackets, #, |, ~ and &. CommonMark allows
 * a backslash before any ASCII punctuation, so the text shows unchanged.
 */
export function escapeMdx(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~&$]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

/** The report body: paragraphs separated by blank lines, short section titles as headings. */
export function renderBody(paragraphs: string[]): string {
  return paragraphs
    .map((paragraph) => {
      const level = headingLevel(paragraph);
      return level ? `${'#'.repeat(level)} ${escapeMdx(paragraph.replace(/[。；;]$/, ''))}` : escapeMdx(paragraph);
    })
    .join('\n\n');
}

/** An MDX file: YAML frontmatter (strings double-quoted, as editors are told to write them) and a body. */
export function renderMdx(frontmatter: Record<string, unknown>, body: string): string {
  const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}
