/**
 * The closed vocabularies of the content model, with the ASCII slugs used in URLs
 * and file names so that addresses stay readable in any browser or host.
 */

export const UNIT_TYPES = ['市', '县', '乡镇', '社区', '村', '机关', '企业', '学校', '宗教活动场所', '其他'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const HONOR_LEVELS = ['国家级', '省级', '地市级', '县级'] as const;
export type HonorLevel = (typeof HONOR_LEVELS)[number];

export const REPORT_KINDS = ['工作总结', '事迹材料', '情况汇报', '实施方案', '活动总结'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const UNIT_TYPE_SLUGS: Record<UnitType, string> = {
  市: 'city',
  县: 'county',
  乡镇: 'township',
  社区: 'community',
  村: 'village',
  机关: 'agency',
  企业: 'company',
  学校: 'school',
  宗教活动场所: 'religious-site',
  其他: 'other',
};

export const HONOR_LEVEL_SLUGS: Record<HonorLevel, string> = {
  国家级: 'national',
  省级: 'provincial',
  地市级: 'prefectural',
  县级: 'county',
};

/** Report file names are `<year>-<kind slug>.mdx`, e.g. `2023-work-summary.mdx`. */
export const REPORT_KIND_SLUGS: Record<ReportKind, string> = {
  工作总结: 'work-summary',
  事迹材料: 'deeds',
  情况汇报: 'status-report',
  实施方案: 'plan',
  活动总结: 'activity-summary',
};

/** What a metric measures: rate 比率 (0–100), amount 金额 (万元), count 计数. */
export const METRIC_KINDS = ['rate', 'amount', 'count'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** How a metric's figures combine across units and years. */
export const METRIC_AGGREGATES = ['sum', 'mean', 'max'] as const;
export type MetricAggregate = (typeof METRIC_AGGREGATES)[number];

/** What a unit's `staff` are called: a school's are its 教职工, a place's its 干部, a body's its 干部职工. */
export function staffLabel(type: string): string {
  if (type === '学校') return '教职工';
  if (type === '宗教活动场所') return '教职人员';
  return '干部职工';
}
