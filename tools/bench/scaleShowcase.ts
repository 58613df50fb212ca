/**
 * A synthetic showcase of N reports across N/20 units, written as the content of a
 * temporary copy of the project: the real config, integrations, linter, schema and
 * pages, with its own Astro cache (as tests/schema/fixtureSite.ts builds fixtures).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { HONOR_LEVELS, REPORT_KINDS, REPORT_KIND_SLUGS, UNIT_TYPES, type ReportKind, type UnitType } from '../../src/lib/vocabulary.ts';
import { copyProjectWithoutContent } from '../projectCopy.ts';
import { cleanSentences, seededRandom } from './scaleCorpus.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** Reports per unit: 10 years × 5 kinds leaves room for 20 without a duplicate year and kind. */
export const REPORTS_PER_UNIT = 20;
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

const REGIONS: [string, string, string][] = [
  ['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '和硕县'],
  ['新疆维吾尔自治区', '巴音郭楞蒙古自治州', '焉耆回族自治县'],
  ['新疆维吾尔自治区', '克拉玛依市', '白碱滩区'],
  ['新疆维吾尔自治区', '伊犁哈萨克自治州', '伊宁县'],
  ['新疆维吾尔自治区', '喀什地区', '疏附县'],
  ['宁夏回族自治区', '吴忠市', '红寺堡区'],
  ['宁夏回族自治区', '吴忠市', '同心县'],
  ['宁夏回族自治区', '固原市', '西吉县'],
  ['内蒙古自治区', '鄂尔多斯市', '鄂托克旗'],
  ['内蒙古自治区', '呼伦贝尔市', '鄂温克族自治旗'],
  ['山西省', '阳泉市', '城区'],
  ['山西省', '长治市', '潞州区'],
  ['山西省', '运城市', '垣曲县'],
  ['西藏自治区', '山南市', '乃东区'],
  ['西藏自治区', '日喀则市', '桑珠孜区'],
  ['广西壮族自治区', '百色市', '田阳区'],
  ['广西壮族自治区', '河池市', '都安瑶族自治县'],
  ['云南省', '红河哈尼族彝族自治州', '屏边苗族自治县'],
  ['云南省', '大理白族自治州', '巍山彝族回族自治县'],
  ['贵州省', '黔东南苗族侗族自治州', '雷山县'],
  ['青海省', '海北藏族自治州', '门源回族自治县'],
  ['甘肃省', '临夏回族自治州', '东乡族自治县'],
  ['四川省', '凉山彝族自治州', '昭觉县'],
  ['吉林省', '延边朝鲜族自治州', '龙井市'],
];

const PLACES = ['兴隆', '团结', '和平', '幸福', '红星', '胜利', '光明', '新华', '建设', '永安', '民主', '友谊', '丰收', '长青', '东风', '前进'];

const UNIT_NOUNS: Record<UnitType, string[]> = {
  市: ['市人民政府'],
  县: ['人民政府'],
  乡镇: ['镇人民政府', '乡人民政府'],
  社区: ['社区居委会', '街道社区'],
  村: ['村民委员会', '村'],
  机关: ['民族宗教事务局', '人力资源和社会保障局', '公安局', '教育局', '民政局', '信访局', '税务局'],
  企业: ['供电公司', '公路分局', '农业发展有限公司', '商贸有限公司'],
  学校: ['小学', '中学', '第一中学', '民族中学', '职业技术学校'],
  宗教活动场所: ['清真寺', '寺'],
  部队: ['人民武装部', '武警中队'],
  其他: ['文化馆', '图书馆', '红十字会', '妇女联合会'],
};

const HEADINGS = [
  '加强组织领导，健全工作机制',
  '深化宣传教育，筑牢思想基础',
  '开展主题活动，促进交往交流交融',
  '结对帮扶，解决群众实际困难',
  '加强队伍建设，提升服务能力',
  '发挥阵地作用，营造浓厚氛围',
  '落实民族政策，维护合法权益',
  '推进融合发展，共建美好家园',
  '存在的不足',
  '下一步工作打算',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const TAGS = [
  '民族团结教育月',
  '民族政策学习',
  '宣传教育',
  '扶贫帮困',
  '社区共建',
  '流动人口服务',
  '结对帮扶',
  '捐资助学',
  '校园创建',
  '双语学习',
  '文化交流',
  '志愿服务',
];

/** Plausible figures per metric: [min, max, decimals], and how a report's text states them. */
const FIGURES: Record<string, { range: [number, number, number]; say: (value: string) => string }> = {
  funds: { range: [0.5, 500, 1], say: (v) => `全年投入创建资金${v}万元` },
  'participation-rate': { range: [80, 100, 0], say: (v) => `干部职工参学率${v}%` },
  'coverage-rate': { range: [85, 100, 0], say: (v) => `民族团结政策知晓率达到${v}%` },
  events: { range: [3, 120, 0], say: (v) => `开展各类主题活动${v}次` },
  'people-reached': { range: [100, 20000, 0], say: (v) => `参与群众${v}人次` },
  'households-helped': { range: [5, 300, 0], say: (v) => `结对帮扶困难群众${v}户` },
  donations: { range: [0.1, 50, 1], say: (v) => `捐款捐物折合${v}万元` },
  materials: { range: [200, 20000, 0], say: (v) => `发放宣传资料${v}份` },
  'items-donated': { range: [10, 2000, 0], say: (v) => `捐赠衣物图书${v}件` },
  articles: { range: [5, 200, 0], say: (v) => `在各类媒体发布宣传信息${v}篇` },
};
const METRIC_IDS = Object.keys(FIGURES);

/** Content files by path under src/content/. */
export type ContentFiles = Map<string, string>;

const yamlOf = (data: Record<string, unknown>) => stringify(data, { lineWidth: 0 }).trimEnd();

/**
 * The units and reports of a showcase of `reportCount` reports, the same for the same
 * count. Entries use no component and link nowhere inside the site, so they are
 * written as `.md` (see src/content.config.ts) unless `extension` asks for `.mdx`.
 */
export function generateContent(reportCount: number, extension: '.md' | '.mdx' = '.md'): ContentFiles {
  const random = seededRandom(reportCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number, decimals: number) => Number((min + random() * (max - min)).toFixed(decimals));
  const sentences = cleanSentences();
  const paragraph = (count: number) => Array.from({ length: count }, () => pick(sentences)).join('');
  const files: ContentFiles = new Map();
  const unitCount = Math.ceil(reportCount / REPORTS_PER_UNIT);

  for (let u = 0; u < unitCount; u++) {
    const unitId = `unit-${String(u + 1).padStart(5, '0')}`;
    const type = UNIT_TYPES[u % UNIT_TYPES.length]!;
    const region = REGIONS[Math.floor(u / UNIT_TYPES.length) % REGIONS.length]!;
    const place = PLACES[Math.floor(u / (UNIT_TYPES.length * REGIONS.length)) % PLACES.length]!;
    const round = Math.floor(u / (UNIT_TYPES.length * REGIONS.length * PLACES.length));
    const name = `${region[2]}${place}${round > 0 ? `第${round + 1}` : ''}${pick(UNIT_NOUNS[type])}`;
    const honors =
      random() < 0.4
        ? [{ title: `${pick(['全国', '自治区', '市级', '县级'])}民族团结进步示范单位`, level: pick(HONOR_LEVELS), year: pick(YEARS) }]
        : [];
    const unitData = {
      name,
      type,
      region,
      summary: `${name}持续开展民族团结进步创建，促进各族群众交往交流交融。`,
      ...(honors.length ? { honors } : {}),
      staff: Math.floor(between(20, 800, 0)),
    };
    files.set(`units/${unitId}${extension}`, `---\n${yamlOf(unitData)}\n---\n\n${name}${paragraph(3)}\n\n${paragraph(3)}\n`);

    const slots = YEARS.flatMap((year) => REPORT_KINDS.map((kind) => ({ year, kind })));
    const reportsHere = Math.min(REPORTS_PER_UNIT, reportCount - u * REPORTS_PER_UNIT);
    for (let r = 0; r < reportsHere; r++) {
      const { year, kind } = slots.splice(Math.floor(random() * slots.length), 1)[0]!;
      files.set(`reports/${unitId}/${year}-${REPORT_KIND_SLUGS[kind]}${extension}`, reportFile(unitId, name, year, kind));
    }
  }
  return files;

  function reportFile(unitId: string, name: string, year: number, kind: ReportKind): string {
    const chosen = [...METRIC_IDS].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 4));
    const metrics = chosen.map((metric) => {
      const { range, say } = FIGURES[metric]!;
      const value = between(...range);
      return { metric, value, note: `${say(String(value))}。` };
    });
    const sections = Array.from({ length: 3 + Math.floor(random() * 3) }, (_, i) => {
      const body = Array.from({ length: 2 + Math.floor(random() * 3) }, () => paragraph(1 + Math.floor(random() * 3))).join('\n\n');
      return `## ${NUMERALS[i]}、${pick(HEADINGS)}\n\n${body}`;
    });
    const data = {
      unit: unitId,
      title: `${name}${year}年民族团结进步创建${kind}`,
      year,
      kind,
      date: `${year}-12-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      summary: `${name}${year}年${kind}：${paragraph(1)}`,
      metrics,
      tags: [...new Set([pick(TAGS), pick(TAGS)])],
    };
    const figures = `${year}年，${metrics.map((m) => m.note.slice(0, -1)).join('，')}。`;
    return `---\n${yamlOf(data)}\n---\n\n${year}年，${name}${paragraph(2)}\n\n${sections.join('\n\n')}\n\n${figures}\n`;
  }
}

export function writeContent(contentDir: string, files: ContentFiles): void {
  for (const [path, text] of files) {
    const target = join(contentDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/**
 * Copies the project into `root` without its sample content, then writes `files` as
 * the content. `incremental` turns on Astro's experimental incremental build in the
 * copy, so a second build can skip the report pages whose cache key still holds.
 */
export function writeShowcase(root: string, files: ContentFiles, { incremental = false } = {}): void {
  copyProjectWithoutContent(root, incremental ? 'experimental: { ...config.experimental, incrementalBuild: true }' : '');
  writeContent(join(root, 'src/content'), files);
}
