/** The importer's pipeline: raw files → text → reports → metadata, figures and warnings → MDX drafts (and proposed units) in src/content. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { REPORT_KIND_SLUGS } from '../lib/vocabulary.ts';
import { cleanNoise } from './clean.ts';
import { SUPPORTED_EXTENSIONS, UnreadableFileError, readSource } from '../lib/text/decode.ts';
import { findMissingNumbers } from '../lib/text/missingNumbers.ts';
import { extractFigures, type Figure, type MappedFigure } from '../lib/text/metricFigures.ts';
import { sentencesOf } from '../lib/text/sentences.ts';
import { detectKind, detectSelfKind, detectYear, regionOf } from './metadata.ts';
import { placesMentioned } from './placeNames.ts';
import type { Division } from '../lib/divisions/index.ts';
import { recognizeUnit } from './recognizeUnit.ts';
import { headingLevel, restoreParagraphs } from './paragraphs.ts';
import { markPlaceholders } from './markPlaceholders.ts';
import { prepareSource } from './prepare.ts';
import { cleanTitle } from './titles.ts';
import { renderBody, renderMdx } from './mdx.ts';
import { splitAtRestart, splitReports } from './split.ts';
import { loadUnits, matchUnit, proposeUnit, type KnownUnit } from './units.ts';

export interface ImportOptions {
  /** The content folder entries are written into (reports/ and units/ below it). */
  out: string;
  /** More unit folders to match against, e.g. the project's own when --out is elsewhere. */
  unitFolders?: string[];
  dryRun?: boolean;
  force?: boolean;
}

/** One imported report, as the JSON report shows it. */
interface ImportedEntry {
  title: string;
  /** The unit id the report refers to. */
  unit: string;
  year: number;
  kind: string;
  /** The source file the report came from. */
  file: string;
  metrics: MappedFigure[];
  candidates: Figure[];
  warnings: string[];
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

interface Draft {
  entry: ImportedEntry;
  unit: KnownUnit;
  isNewUnit: boolean;
  summary: string;
  body: string;
  sourceTitle?: string;
}

/** Cleans, splits and reads one source text into report drafts. */
export function draftsOf(text: string, source: string, units: KnownUnit[]): Draft[] {
  const prepared = prepareSource(text);
  const segments = splitReports(cleanNoise(prepared.text)).map((segment) => ({
    ...segment,
    title: segment.title && (cleanTitle(segment.title) || undefined),
    compilationTitle: segment.compilationTitle && cleanTitle(segment.compilationTitle),
  }));
  const filePlaces = placesMentioned(prepared.text);
  const titleCounts = new Map<string, number>();
  for (const segment of segments) if (segment.title) titleCounts.set(segment.title, (titleCounts.get(segment.title) ?? 0) + 1);
  return segments.flatMap((segment) => {
    const reports = splitAtRestart(restoreParagraphs(segment.text));
    return reports.map((paragraphs, index) =>
      draftOf({
        paragraphs,
        source,
        units,
        title: index === 0 ? segment.title : undefined,
        titleIsShared: (titleCounts.get(segment.title ?? '') ?? 0) > 1,
        compilationTitle: segment.compilationTitle,
        sourceWarnings: prepared.warnings,
        filePlaces,
        cutWarning:
          index > 0
            ? '这一篇是按序号重新从「一、」开始判断出来的，请核对与前一篇的分界是否正确'
            : segment.cut === 'title-line'
              ? '这一篇是按合集中单独一行的标题切分出来的，请核对分界'
              : undefined,
      }),
    );
  });
}

function draftOf(input: {
  paragraphs: string[];
  source: string;
  units: KnownUnit[];
  title?: string;
  titleIsShared: boolean;
  compilationTitle?: string;
  sourceWarnings: string[];
  filePlaces: Division[];
  cutWarning?: string;
}): Draft {
  const { source, units } = input;
  const original = input.paragraphs.join('\n');
  const everything = `${input.title ?? ''}\n${original}`;
  const warnings: string[] = [...input.sourceWarnings, ...(input.cutWarning ? [input.cutWarning] : [])];
  const marked = markPlaceholders(input.paragraphs);
  const paragraphs = marked.paragraphs;
  const body = paragraphs.join('\n');
  const year = detectYear({ title: input.title, titleIsShared: input.titleIsShared, compilationTitle: input.compilationTitle, body: original });
  const kind = detectKind(input.title, original);
  const selfKind = detectSelfKind(everything);
  // Reports cut from one file share its places when their own text names none.
  const own = placesMentioned(everything);
  const places = own.length > 0 ? own : input.filePlaces;
  const recognized = recognizeUnit({ title: input.title, body: original });
  const match = matchUnit(everything, units, selfKind, { recognized, places });
  const proposal = match ? undefined : proposeUnit({ title: input.title, body: original, selfKind, regions: regionOf(places), source, recognized });
  const unit = match?.unit ?? proposal!.unit;
  for (const warning of [year.warning, kind.warning, match?.warning, ...(proposal?.warnings ?? [])]) if (warning) warnings.push(warning);

  const length = body.replace(/\s/g, '').length;
  if (length < 300) warnings.push(`正文只有 ${length} 字，可能是残篇，请确认是否保留、并入其他材料或删除`);
  warnings.push(...marked.warnings);
  const missing = new Set(paragraphs.flatMap((paragraph) => findMissingNumbers(paragraph).map((spot) => spot.snippet)));
  for (const snippet of missing) warnings.push(`数字缺失：「${snippet}」，请向报送单位核实后补上`);
  const figures = extractFigures(paragraphs);
  if (figures.candidates.length > 0)
    warnings.push(`有 ${figures.candidates.length} 个数字没有对应的指标，列在导入报告的 candidates 中，需要时手动加入 metrics`);

  const title = titleOf(input.title, unit.name, year.value, kind.value);
  return {
    entry: {
      title,
      unit: unit.id,
      year: year.value,
      kind: kind.value,
      file: source,
      metrics: figures.metrics,
      candidates: figures.candidates,
      warnings,
    },
    unit,
    isNewUnit: !match,
    summary: summaryOf(paragraphs, title),
    body,
    sourceTitle: input.title,
  };
}

/** A title that names the unit and year, as the showcase's titles do, keeping the source's own words. */
function titleOf(sourceTitle: string | undefined, unitName: string, year: number, kind: string): string {
  const topic = (sourceTitle ?? '')
    .replace(/[（(]\d+篇[）)]/, '')
    .replace(/(?:19|20)\d{2}年?度?/g, '')
    .replace(/(?:工作总结|事迹材料|情况汇报|实施方案|活动总结|总结|汇报|方案)$/, '')
    .trim();
  const core = topic.startsWith(unitName) ? topic.slice(unitName.length) : topic;
  return `${unitName}${year}年${core || '民族团结进步创建'}${kind}`;
}

/** The first sentences of the first real paragraph, one or two lines long, for cards and search results. */
function summaryOf(paragraphs: string[], title: string): string {
  const first = paragraphs.find((paragraph) => headingLevel(paragraph) === 0 && paragraph.length >= 20) ?? '';
  let summary = '';
  for (const sentence of sentencesOf(first)) {
    if (summary.length >= 40 || summary.length + sentence.length > 160) break;
    summary += sentence;
  }
  if (summary.length < 10) summary = first.length >= 10 ? `${first.slice(0, 150)}…` : `${title}（摘要待补充）`;
  return summary;
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
