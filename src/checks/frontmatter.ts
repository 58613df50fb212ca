import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Segment } from './types.ts';

/** A file split at its `---` fences, with the line each part starts on. */
export interface SplitFile {
  /** The YAML between the fences, `undefined` when the file has no frontmatter. */
  yaml?: string;
  /** File line of the YAML's first line (the line after the opening fence). */
  yamlLine: number;
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

export function splitFrontmatter(text: string): SplitFile {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return { yamlLine: 1, body: text, bodyLine: 1 };
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close === -1) return { yamlLine: 1, body: text, bodyLine: 1 };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  /** Every scalar value, one segment per source line, named by its field path. */
  segments: Segment[];
  /** Where each top-level field's value (or, when empty, its key) starts. */
  fieldPositions: Map<string, { line: number; column: number }>;
  /** The first YAML syntax error, placed in the file. */
  error?: { line: number; column: number; message: string };
}

/**
 * Fields whose text never reaches a reader: the imported file's name and the
 * linter's own allow list. Scanning them would only flag file names like 202_总结.txt.
 */
const UNPUBLISHED_FIELDS = new Set(['source', 'allow']);

/**
 * Parses the frontmatter keeping each value's place in the file. Segments hold the
 * value as written (quotes included), so a column inside a value is a column in
 * the file; the yaml package's ranges make that possible without re-parsing lines.
 */
export function parseFrontmatter(yaml: string, firstLine: number): ParsedFrontmatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const place = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const [firstError] = document.errors;
  if (firstError) {
    return { data: {}, segments: [], fieldPositions: new Map(), error: { ...place(firstError.pos[0]), message: firstError.message.split('\n')[0] ?? '' } };
  }
  const data = document.toJS() as unknown;
  const segments: Segment[] = [];
  const fieldPositions = new Map<string, { line: number; column: number }>();

  const walk = (node: Node | null | undefined, field: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const path = field ? `${field}.${key}` : key;
        if (!field && isScalar(pair.key) && pair.key.range) {
          const valueRange = (pair.value as Node | null)?.range;
          fieldPositions.set(key, place((valueRange ?? pair.key.range)[0]));
        }
        if (!field && UNPUBLISHED_FIELDS.has(key)) continue;
        walk(pair.value as Node | null, path);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item as Node | null, `${field}[${index}]`));
    } else if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      let offset = start;
      for (const piece of yaml.slice(start, end).split('\n')) {
        if (piece.trim()) segments.push({ text: piece, ...place(offset), field });
        offset += piece.length + 1;
      }
    }
  };
  walk(document.contents, '');
  return { data: isRecord(data) ? data : {}, segments, fieldPositions };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
