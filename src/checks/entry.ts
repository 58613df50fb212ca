/**
 * Reads one content file into the shape every check works on: its kind and id as
 * the content collections see them, its frontmatter with each field's place, and
 * its text as segments. A file that cannot be read as UTF-8 text, or whose YAML is
 * broken, becomes a finding instead.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { decodeText } from '../lib/text/decode.ts';
import { allowCommentsOf, allowListOf } from './allow.ts';
import { bodySegments } from './body.ts';
import { notUtf8 } from './encoding.ts';
import { parseFrontmatter, splitFrontmatter } from './frontmatter.ts';
import type { EntryKind, Finding, LintEntry } from './types.ts';

/**
 * Prepares one file. MDX and Markdown entries must be UTF-8, as Astro reads them;
 * plain .txt (a raw report as received) may be GB18030 and is all body.
 */
export async function readEntry(path: string, file: string): Promise<LintEntry | Finding> {
  const markup = extname(path).toLowerCase() !== '.txt';
  const unreadable = (message: string, hint: string): Finding => ({
    file,
    field: '文件',
    line: 1,
    column: 1,
    severity: 'error',
    rule: markup ? 'encoding' : 'unreadable',
    message,
    hint,
  });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `无法读取（${(error as Error).message}）`;
    return { ...unreadable(reason, '确认路径写对了'), rule: 'unreadable' };
  }
  if (!markup) {
    try {
      return entryFromText(decodeText(bytes), file, false, path);
    } catch (error) {
      return unreadable(`无法读取：${(error as Error).message}`, '确认是文本文件，并另存为 UTF-8');
    }
  }
  const encoding = notUtf8(bytes);
  if (encoding) {
    return unreadable(
      `文件不是 UTF-8 编码的文字，看起来是 ${encoding}，网站上会显示成乱码`,
      '用 npm run import -- <文件> 导入原始材料（会自动转换编码），或在编辑器中「另存为 UTF-8」',
    );
  }
  return entryFromText(bytes.toString('utf8'), file, true, path);
}

/** The pure part of {@link readEntry}: builds the entry from text already read. */
export function entryFromText(text: string, file: string, markup: boolean, path = file): LintEntry | Finding {
  const split = markup ? splitFrontmatter(text) : { yamlLine: 1, body: text, bodyLine: 1 };
  if (markup && split.yaml === undefined) return missingFrontmatter(text, file);
  const frontmatter = split.yaml === undefined ? undefined : parseFrontmatter(split.yaml, split.yamlLine);
  if (frontmatter?.error) {
    const { line, column, message, hint } = frontmatter.error;
    return { file, field: '开头字段', line, column, severity: 'error', rule: 'yaml', message, hint };
  }
  const data = frontmatter?.data ?? {};
  const body = bodySegments(split.body, split.bodyLine, markup);
  const { kind, id } = markup ? placeInCollection(path, data) : { kind: 'text' as const, id: undefined };
  return {
    file,
    path,
    kind,
    id,
    source: { body: split.body, bodyLine: split.bodyLine, mdx: extname(path).toLowerCase() === '.mdx' },
    data,
    segments: [...(frontmatter?.segments ?? []), ...body],
    body,
    fieldPositions: frontmatter?.fieldPositions ?? new Map(),
    allowedInFile: allowListOf(data),
    allowedOnLine: allowCommentsOf(text),
    unitId: kind === 'unit' ? id : typeof data.unit === 'string' ? data.unit : undefined,
  };
}

/** A unit or report without its fields: an empty file, no opening `---`, or no closing one. */
function missingFrontmatter(text: string, file: string): Finding {
  const at = { file, field: '文件', line: 1, column: 1, severity: 'error' as const, rule: 'yaml' as const };
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ...at, message: '文件是空的', hint: '按编辑指南第三、四节的模板填写，或删去这个文件' };
  if (/^\uFEFF?---\s*(\r?\n|$)/.test(text)) {
    return { ...at, message: '开头字段没有结束：缺少第二个 ---', hint: '在最后一个字段的下一行单独写 ---，再空一行写正文' };
  }
  return {
    ...at,
    message: '文件开头没有字段部分（两行 --- 之间的 name、type 或 unit、title 等）',
    hint: '按编辑指南第三、四节的模板，在文件最前面加上以 --- 开始、以 --- 结束的字段部分',
  };
}

/**
 * Units and reports live in their collection folders (the innermost one decides,
 * whatever the folders above the project are called); elsewhere the fields tell
 * which one a file is. The id is the one Astro's glob loader gives: the path in the
 * collection folder without extension, each folder and name slugged as GitHub does.
 */
function placeInCollection(path: string, data: Record<string, unknown>): { kind: EntryKind; id?: string } {
  const folders = path.split(/[\\/]/);
  const units = folders.lastIndexOf('units');
  const reports = folders.lastIndexOf('reports');
  if (units === -1 && reports === -1) {
    if ('unit' in data && 'year' in data) return { kind: 'report' };
    if ('name' in data && 'type' in data) return { kind: 'unit' };
    return { kind: 'text' };
  }
  const kind = units > reports ? 'unit' : 'report';
  const inCollection = folders.slice(Math.max(units, reports) + 1);
  const last = inCollection.length - 1;
  inCollection[last] = (inCollection[last] ?? '').replace(/\.[^.]+$/, '');
  return {
    kind,
    id: inCollection
      .map((segment) => githubSlug(segment))
      .join('/')
      .replace(/\/index$/, ''),
  };
}
