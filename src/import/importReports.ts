/**
 * The importer: reads raw files and folders, turns each report into a draft
 * (drafts.ts) and writes the MDX entries, and new units to propose, into the content
 * folder, never overwriting without --force. `npm run import` and the desk call it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { SUPPORTED_EXTENSIONS, UnreadableFileError, readSource } from '../lib/text/decode.ts';
import { REPORT_KIND_SLUGS } from '../lib/vocabulary.ts';
import { draftsOf, type ImportedEntry } from './drafts.ts';
import { renderBody, renderMdx } from './mdx.ts';
import { loadUnits, type KnownUnit } from './units.ts';

export interface ImportOptions {
  /** The content folder entries are written into (reports/ and units/ below it). */
  out: string;
  /** More unit folders to match against, e.g. the project's own when --out is elsewhere. */
  unitFolders?: string[];
  dryRun?: boolean;
  force?: boolean;
}

interface ImportError {
  file: string;
  message: string;
}

export interface ImportResult {
  entries: ImportedEntry[];
  errors: ImportError[];
}

/** What else an import produced, for the CLI's summary and for tests. */
export interface ImportDetails {
  /** Per entry, where it goes and what it says. */
  outputs: { entry: ImportedEntry; path: string; body: string; sourceTitle?: string; written: boolean }[];
  /** New unit drafts, by path. */
  proposedUnits: { path: string; unit: KnownUnit; written: boolean }[];
}

/** Imports files and folders into MDX drafts; nothing is thrown, every failure lands in `errors`. */
export async function importReports(inputs: string[], options: ImportOptions): Promise<ImportResult & ImportDetails> {
  const result: ImportResult & ImportDetails = { entries: [], errors: [], outputs: [], proposedUnits: [] };
  const units = loadUnits([join(options.out, 'units'), ...(options.unitFolders ?? [])]);
  const planned = new Set<string>();
  for (const file of await expandInputs(inputs, result.errors)) {
    let text: string;
    try {
      text = await readSource(file);
    } catch (error) {
      result.errors.push({ file, message: error instanceof UnreadableFileError ? error.message : `读取失败：${String(error)}` });
      continue;
    }
    const drafts = draftsOf(text, basename(file), units);
    if (drafts.length === 0) result.errors.push({ file, message: '清理网页杂质后没有剩下正文' });
    for (const draft of drafts) {
      const { entry, unit, isNewUnit } = draft;
      entry.file = file;
      const unitPath = join(options.out, 'units', `${unit.id}.mdx`);
      if (isNewUnit && !units.some((known) => known.id === unit.id)) {
        units.push(unit);
        const written = await writeNew(unitPath, renderUnit(unit, basename(file)), options, result.errors, file);
        result.proposedUnits.push({ path: unitPath, unit, written });
      }
      const path = uniquePath(
        join(options.out, 'reports', unit.id, `${entry.year}-${REPORT_KIND_SLUGS[entry.kind as keyof typeof REPORT_KIND_SLUGS]}`),
        planned,
        entry,
      );
      const written = await writeNew(path, renderReport(entry, draft.summary, draft.body, basename(file)), options, result.errors, file);
      if (!written && existsSync(path) && !options.force) entry.warnings.push(`没有写入：${relative(process.cwd(), path)} 已存在`);
      result.entries.push(entry);
      result.outputs.push({ entry, path, body: draft.body, sourceTitle: draft.sourceTitle, written });
    }
  }
  return result;
}

/** Folders are searched for importable files; anything else named explicitly is tried and may fail clearly. */
async function expandInputs(inputs: string[], errors: ImportError[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) errors.push({ file: input, message: '找不到这个文件或文件夹' });
    else if (info.isDirectory()) {
      const names = (await readdir(input, { recursive: true })).sort();
      files.push(
        ...names.filter((name) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())).map((name) => join(input, name)),
      );
    } else files.push(input);
  }
  return files;
}

/** Two reports of one unit, year and kind in the same import get -2, -3 … rather than overwrite each other. */
function uniquePath(stem: string, planned: Set<string>, entry: ImportedEntry): string {
  let path = `${stem}.mdx`;
  for (let n = 2; planned.has(path); n++) path = `${stem}-${n}.mdx`;
  if (path !== `${stem}.mdx`) entry.warnings.push(`同一单位、同一年份、同一类型的材料不止一篇，本篇存为 ${basename(path)}，请核对年份和类型`);
  planned.add(path);
  return path;
}

async function writeNew(path: string, text: string, options: ImportOptions, errors: ImportError[], source: string): Promise<boolean> {
  // Checked before --dry-run returns, so that a dry run foretells the clashes of the real one.
  if (existsSync(path) && !options.force) {
    errors.push({ file: source, message: `${relative(process.cwd(), path)} 已存在，没有覆盖（确认要覆盖请加 --force）` });
    return false;
  }
  if (options.dryRun) return false;
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  return true;
}

function renderReport(entry: ImportedEntry, summary: string, body: string, source: string): string {
  const frontmatter = {
    unit: entry.unit,
    title: entry.title,
    year: entry.year,
    kind: entry.kind,
    summary,
    metrics: entry.metrics.map(({ metric, value, note }) => ({ metric, value, note })),
    tags: [],
    draft: true,
    source,
  };
  return renderMdx(frontmatter, renderBody(body.split('\n')));
}

function renderUnit(unit: KnownUnit, source: string): string {
  return renderMdx(
    { name: unit.name, type: unit.type, region: unit.region, draft: true },
    `（单位简介待补充。本条目由导入工具根据 ${source} 建议，请核对名称、类型、地区后再发布。）`,
  );
}
