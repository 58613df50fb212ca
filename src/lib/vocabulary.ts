/**
 * The closed vocabularies of the content model, with the ASCII slugs used in URLs
 * and file names so that addresses stay readable in any browser or host.
 */

/**
 * Unit types follow the categories of the national naming: 示范区 are 市（地区、自治州、盟）,
 * 县（市、区、旗）and 乡镇（街道、苏木）; 示范单位 are 机关, 企业, 村（社区、嘎查）, 学校,
 * 连队 (here 部队), 宗教活动场所 and others (国家民委《全国民族团结进步示范区示范单位创建命名
 * 管理办法》, 2023; the 12th batch, 2026, counts 市 24, 县 115, 乡镇 61, 社区（村）71,
 * 机关 47, 企业 37, 学校 52 and 其他 81). 社区 and 村, one category in the lists, stay two
 * types because a showcase lists them apart.
 */
export const UNIT_TYPES = ['市', '县', '乡镇', '社区', '村', '机关', '企业', '学校', '宗教活动场所', '部队', '其他'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** What each type covers, in the naming lists' words: the editor's guide and error messages show it. */
export const UNIT_TYPE_SCOPES: Record<UnitType, string> = {
  市: '地级：市、地区、自治州、盟',
  县: '县级：县、自治县、县级市、市辖区、旗、自治旗',
  乡镇: '乡级：乡、民族乡、镇、街道、苏木',
  社区: '城镇社区（居委会）',
  村: '村、嘎查（村委会）',
  机关: '党政机关、人大政协、群团组织及其部门，如民宗局、公安局',
  企业: '国有和民营企业、新经济组织',
  学校: '大中小学、职业院校、幼儿园',
  宗教活动场所: '寺院、宫观、清真寺、教堂',
  部队: '解放军、武警部队的连队和单位',
  其他: '医院、博物馆、纪念馆等事业单位，社会组织等',
};

/** Words the naming lists use inside a category, accepted as `type` and stored as the category. */
export const UNIT_TYPE_ALIASES: Readonly<Record<string, UnitType>> = {
  地区: '市',
  州: '市',
  自治州: '市',
  盟: '市',
  地级市: '市',
  区: '县',
  旗: '县',
  自治县: '县',
  自治旗: '县',
  县级市: '县',
  乡: '乡镇',
  镇: '乡镇',
  民族乡: '乡镇',
  街道: '乡镇',
  苏木: '乡镇',
  嘎查: '村',
  连队: '部队',
};

/** The unit types that are an administrative division themselves (阳泉市, 特吾里克镇), not a body inside one. */
export const DIVISION_UNIT_TYPES: readonly UnitType[] = ['市', '县', '乡镇', '社区', '村'];

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
  部队: 'army',
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
