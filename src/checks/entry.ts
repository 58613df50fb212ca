import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeText } from '../lib/text/decode.ts';
import { allowCommentsOf, allowListOf } from './allow.ts';
import { bodySegments } from './body.ts';
import { parseFrontmatter, splitFrontmatter } from './frontmatter.ts';
import type { EntryKind, Finding, LintEntry } from './types.ts';

/**
 * Prepares one file for the rules. MDX and Markdown are split into frontmatter and
 * body; plain .txt (a raw report as received) is all body, linted as if published.
 * Returns a finding instead when the file cannot be read or its YAML is broken.
 */
export async function readEntry(path: string, file: string): Promise<LintEntry | Finding> {
  const markup = extname(path).toLowerCase() !== '.txt';
  let text: string;
  try {
    // Raw reports arrive in GB18030 as often as UTF-8; the importer's decoder reads both.
    text = markup ? await readFile(path, 'utf8') : decodeText(await readFile(path));
  } catch (error) {
    const message = `无法读取：${error instanceof Error ? error.message : String(error)}`;
    return { file, line: 1, column: 1, severity: 'error', rule: 'unreadable', message, hint: '确认文件存在、是文本文件，并另存为 UTF-8' };
  }
  return entryFromText(text, file, markup, path);
}

/** The pure part of {@link readEntry}: builds the entry from text already read. */
export function entryFromText(text: string, file: string, markup: boolean, path = file): LintEntry | Finding {
  const split = markup ? splitFrontmatter(text) : { yamlLine: 1, body: text, bodyLine: 1 };
  const frontmatter = split.yaml === undefined ? undefined : parseFrontmatter(split.yaml, split.yamlLine);
  if (frontmatter?.error) {
    const { line, column, message } = frontmatter.error;
    return {
      file,
      line,
      column,
      severity: 'error',
      rule: 'unreadable',
      message: `开头字段（YAML）格式错误：${message}`,
      hint: '用英文冒号加一个空格，文字值用英文双引号括起来，缩进用空格不用 Tab',
    };
  }
  const data = frontmatter?.data ?? {};
  const body = bodySegments(split.body, split.bodyLine, markup);
  const kind = markup ? kindOf(path, data) : 'text';
  return {
    file,
    kind,
    data,
    segments: [...(frontmatter?.segments ?? []), ...body],
    body,
    fieldPositions: frontmatter?.fieldPositions ?? new Map(),
    allowedInFile: allowListOf(data),
    allowedOnLine: allowCommentsOf(text),
    unitId: kind === 'unit' ? basename(path, extname(path)) : typeof data.unit === 'string' ? data.unit : undefined,
  };
}

/** Units and reports live in their collection folders; elsewhere the fields tell which one a file is. */
function kindOf(path: string, data: Record<string, unknown>): EntryKind {
  // The innermost collection folder decides, whatever the folders above the project are called.
  const folders = path.split(/[\\/]/);
  const units = folders.lastIndexOf('units');
  const reports = folders.lastIndexOf('reports');
  if (units !== -1 || reports !== -1) return units > reports ? 'unit' : 'report';
  if ('unit' in data && 'year' in data) return 'report';
  if ('name' in data && 'type' in data) return 'unit';
  return 'text';
}
