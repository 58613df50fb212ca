/** Frontmatter read with positions: the file split at its fences, its YAML parsed keeping each value's line and column. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Segment } from './types.ts';
import { explainYamlError, type YamlProblem } from './yamlErrors.ts';

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
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return { yamlLine: 1, body: text, bodyLine: 1 };
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
  /** The whole document as parsed, for YAML files that are a list (metrics.yaml). */
  value?: unknown;
  /** Every scalar value, one segment per source line, named by its field path. */
  segments: Segment[];
  /**
   * Where each field's value (or, when empty, its key) starts, by path: `year`,
   * `metrics.0.value`, `honors.1` — the paths zod reports issues at.
   */
  fieldPositions: Map<string, { line: number; column: number }>;
  /** The first YAML syntax error, explained and placed in the file. */
  error?: YamlProblem;
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
    const at = lineCounter.linePos(firstError.pos[0]);
    const problem = explainYamlError({ code: firstError.code, line: at.line, column: at.col }, yaml.split('\n'));
    return { data: {}, segments: [], fieldPositions: new Map(), error: { ...problem, line: problem.line + firstLine - 1 } };
  }
  const data = document.toJS() as unknown;
  const segments: Segment[] = [];
  const fieldPositions = new Map<string, { line: number; column: number }>();

  const walk = (node: Node | null | undefined, field: string, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const keyPath = path ? `${path}.${key}` : key;
        const valueRange = (pair.value as Node | null)?.range;
        const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
        const start = valueRange ?? keyRange;
        if (start) fieldPositions.set(keyPath, place(start[0]));
        if (!field && UNPUBLISHED_FIELDS.has(key)) continue;
        walk(pair.value as Node | null, field ? `${field} ${key}` : key, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as Node | null)?.range;
        const itemPath = path ? `${path}.${index}` : String(index);
        if (range) fieldPositions.set(itemPath, place(range[0]));
        walk(item as Node | null, `${field} 第${index + 1}项`, itemPath);
      });
    } else if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      let offset = start;
      for (const piece of yaml.slice(start, end).split('\n')) {
        if (piece.trim()) segments.push({ text: piece, ...place(offset), field });
        offset += piece.length + 1;
      }
    }
  };
  walk(document.contents, '', '');
  return { data: isRecord(data) ? data : {}, value: data, segments, fieldPositions };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
