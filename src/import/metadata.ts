/** A report's year, kind and region, read from its title and text, with a warning whenever the reading is a guess. */
import { divisionPath, type Division } from '../lib/divisions/index.ts';
import { REPORT_KINDS, type ReportKind } from '../lib/vocabulary.ts';
import { hasYearPlaceholder } from '../lib/text/placeholders.ts';

/** A value detected in the text, with a warning when the detection is a guess. */
export interface Detected<T> {
  value: T;
  warning?: string;
}

/**
 * The report's year, from the surest source the text offers: its own statement
 * (现将我局2020年…如下, 2020年，我局…), the report's title, the year the body
 * names most, a document number ([2023]31号), the compilation's title; failing
 * all, the current year, flagged.
 */
export function detectYear(input: { title?: string; titleIsShared: boolean; compilationTitle?: string; body: string }): Detected<number> {
  const { title, titleIsShared, compilationTitle, body } = input;
  const placeholder = hasYearPlaceholder(body) ? '（原文年份是占位符，如 202_年、20XX年）' : '';
  const statement = body.match(/现将[^。：:]{0,12}?((?:19|20)\d{2})年|^((?:19|20)\d{2})年[，,以来度]/m);
  const stated = statement?.[1] ?? statement?.[2];
  if (stated) return { value: Number(stated) };
  const titleYear = !titleIsShared ? yearIn(title) : undefined;
  if (titleYear) return { value: titleYear };
  const counts = new Map<number, number>();
  for (const match of body.matchAll(/(?<![\d[〔（(])((?:19|20)\d{2})年/g)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  const mostNamed = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (mostNamed) return { value: mostNamed, warning: `年份按正文中出现最多的 ${mostNamed} 年推断${placeholder}，请核对 year` };
  const documentYear = body.match(/[[〔（(]((?:19|20)\d{2})[\]〕）)]/)?.[1];
  if (documentYear) return { value: Number(documentYear), warning: `年份按文件文号中的 ${documentYear} 年推断${placeholder}，请核对 year` };
  const sharedYear = yearIn(title) ?? yearIn(compilationTitle);
  if (sharedYear) return { value: sharedYear, warning: `正文没有写明年份${placeholder}，暂按合集标题中的 ${sharedYear} 年，请核对 year` };
  const thisYear = new Date().getFullYear();
  return { value: thisYear, warning: `正文没有写明年份${placeholder}，暂按今年 ${thisYear} 年，请核对 year` };
}

function yearIn(text: string | undefined): number | undefined {
  const year = text?.match(/((?:19|20)\d{2})(?!\d)/)?.[1];
  return year ? Number(year) : undefined;
}

/**
 * The kind of report. What the text says it is (现制定实施方案如下, 汇报如下)
 * outranks its title, because compilation sites give every article the same
 * title (…工作总结2023年) whatever it is.
 */
export function detectKind(title: string | undefined, body: string): Detected<ReportKind> {
  const opening = body.slice(0, 600);
  if (/方案如下|特制定本|制定本(?:实施)?方案/.test(opening)) return { value: '实施方案' };
  if (/(?:汇报|报告)如下/.test(opening)) return { value: '情况汇报' };
  if (/事迹/.test(title ?? '')) return { value: '事迹材料' };
  const fromTitle = REPORT_KINDS.find((kind) => title?.includes(kind));
  if (/总结如下/.test(opening) && /(?:活动|宣传|教育)月/.test(opening)) return { value: '活动总结' };
  if (fromTitle) return { value: fromTitle };
  if (/方案/.test(title ?? '')) return { value: '实施方案' };
  if (/汇报|情况报告/.test(title ?? '')) return { value: '情况汇报' };
  if (/(?:活动|宣传|教育)月/.test(opening)) return { value: '活动总结' };
  return { value: '工作总结', warning: '没能判断材料类型，暂定为「工作总结」，请核对 kind' };
}

/**
 * What sort of body writes the report, read from how it names itself: 我局 →
 * an agency, 我校 → a school, 我省 → a province. Self-references naming an
 * organisation count double, since 我市 also appears in a bureau's report.
 */
export type SelfKind = '机关' | '学校' | '村' | '社区' | '企业' | '省' | '市' | '县';

const SELF_REFERENCES: [SelfKind, RegExp, number][] = [
  ['机关', /我局|本局|该局|分局|我委|我办|县[\u4e00-\u9fa5]{1,4}局局长/g, 2],
  ['学校', /我校|本校|该校|全校/g, 2],
  ['村', /我村|本村|该村|全村/g, 2],
  ['社区', /我社区|本社区|该社区/g, 2],
  ['企业', /我公司|本公司|该公司/g, 2],
  ['省', /我省|全省/g, 1],
  ['市', /我市|全市/g, 1],
  ['县', /我县|全县|我旗|全旗/g, 1],
];

export function detectSelfKind(text: string): SelfKind | undefined {
  const scores = SELF_REFERENCES.map(([kind, pattern, weight]) => [kind, (text.match(pattern)?.length ?? 0) * weight] as const);
  const [best] = scores.filter(([, score]) => score > 0).sort((a, b) => b[1] - a[1]);
  return best?.[0];
}

/**
 * The region a report's places point to, province first: the deepest place named
 * whose path holds every other place named in the same province, or the province
 * alone when they part ways. Places from two provinces (对口支援) name no region.
 */
export function regionOf(places: Division[]): string[] {
  const paths = places.map((place) => divisionPath(place).map((division) => division.name));
  const provinces = new Set(paths.map((path) => path[0]));
  if (provinces.size !== 1) return [];
  const deepest = [...paths].sort((a, b) => b.length - a.length).find((path) => paths.every((other) => other.every((name, i) => path[i] === name)));
  return deepest ?? [paths[0]![0]!];
}
