/**
 * The importer's reading of one source text: cleaned, split into reports, each with
 * its year, kind, unit (matched or proposed), figures, summary and the warnings an
 * editor must see. Pure apart from the division data; writing is importReports.ts's.
 */
import type { Division } from '../lib/divisions/index.ts';
import { findMissingNumbers } from '../lib/text/missingNumbers.ts';
import { extractFigures, type Figure, type MappedFigure } from '../lib/text/metricFigures.ts';
import { sentencesOf } from '../lib/text/sentences.ts';
import { cleanNoise } from './clean.ts';
import { markPlaceholders } from './markPlaceholders.ts';
import { matchUnit } from './matchUnit.ts';
import { detectKind, detectSelfKind, detectYear, regionOf } from './metadata.ts';
import { headingLevel, restoreParagraphs } from './paragraphs.ts';
import { placesMentioned } from './placeNames.ts';
import { prepareSource } from './prepare.ts';
import { proposeUnit } from './proposeUnit.ts';
import { recognizeUnit } from './recognizeUnit.ts';
import { splitAtRestart, splitReports } from './split.ts';
import { cleanTitle } from './titles.ts';
import type { KnownUnit } from './units.ts';

/** One imported report, as the JSON report shows it. */
export interface ImportedEntry {
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

export interface Draft {
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
