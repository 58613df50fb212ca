import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadMetricDefinitions } from './lib/metricDefinitions';
import { checkMetricValue } from './lib/metricValues';
import { HONOR_LEVELS, REPORT_KINDS, UNIT_TYPES } from './lib/vocabulary';

/** Path of the editable metric definitions, read here too so report figures can be checked against them. */
const METRICS_FILE = 'src/content/metrics.yaml';
const metricDefinitions = loadMetricDefinitions(METRICS_FILE);
const metricIds = metricDefinitions.map((definition) => definition.id);

/** Zod error callback: says what the field got (or that it is missing), then what it needs. */
const problem =
  (field: string, need: string) =>
  ({ input }: { input?: unknown }) =>
    input === undefined ? `${field} 必填：${need}` : `${field} 的值「${String(input)}」不合要求：${need}`;

const oneOf = (field: string, allowed: readonly string[]) => problem(field, `只能是以下之一：${allowed.join('、')}`);

/** An image with the text read in its place, required: readers who cannot see the image rely on it. */
const picture = (image: SchemaContext['image'], field: string, need: string) =>
  z.object({
    /** 图片路径，相对于本文件 */
    src: image(),
    /** 图片的文字说明 */
    alt: z.string({ error: problem(`${field}.alt`, need) }).min(2, { error: problem(`${field}.alt`, need) }),
  });

const year = (field: string) =>
  z
    .number({ error: problem(field, '应为四位数字年份（如 2023），不能写成 20XX、202_ 这类占位符') })
    .int({ error: problem(field, '应为整数年份（如 2023）') })
    .min(1949, { error: problem(field, '不能早于 1949 年') })
    .max(2100, { error: problem(field, '不能晚于 2100 年') });

const honor = z.object({
  /** 荣誉称号全称，如「全国民族团结进步示范单位」 */
  title: z.string({ error: problem('honors[].title', '荣誉称号全称') }).min(2),
  /** 命名级别：国家级、省级、地市级或县级 */
  level: z.enum(HONOR_LEVELS, { error: oneOf('honors[].level', HONOR_LEVELS) }),
  /** 命名年份 */
  year: year('honors[].year'),
  /** 命名批次，如「第十二批」 */
  batch: z.string().optional(),
  /** 有效期截止年份；国家级示范称号不写时按命名后五年计算 */
  validUntil: year('honors[].validUntil').optional(),
});

/**
 * Entries are .mdx, or .md when they need no component and no link inside the site
 * (ContentLink adds `base` to those in MDX only): Markdown is rendered while content
 * syncs, without a module per entry for the bundler, which makes large showcases build
 * much faster (npm run bench).
 */
const ENTRY_FILES = '**/*.{md,mdx}';

const units = defineCollection({
  loader: glob({ pattern: ENTRY_FILES, base: './src/content/units' }),
  schema: ({ image }) =>
    z.object({
      /** 单位名称（全称） */
      name: z.string({ error: problem('name', '单位全称') }).min(2, { error: problem('name', '至少两个字') }),
      /** 单位简称，用在卡片和图表上 */
      shortName: z.string().optional(),
      /** 单位类型，按全国命名名单的分类 */
      type: z.enum(UNIT_TYPES, { error: oneOf('type', UNIT_TYPES) }),
      /** 所属地区，从省级写到最具体的一级，如 [新疆维吾尔自治区, 巴音郭楞蒙古自治州, 和硕县] */
      region: z
        .array(z.string().min(2), { error: problem('region', '从省级写起的地区列表，如 [宁夏回族自治区, 吴忠市]') })
        .min(1, { error: problem('region', '至少写到省级') }),
      /** 一句话介绍，用在单位卡片和页面描述中 */
      summary: z.string().optional(),
      /** 获得的创建荣誉 */
      honors: z.array(honor).default([]),
      /** 干部职工（或师生）人数 */
      staff: z.number().int().nonnegative().optional(),
      /** 辖区或服务人口 */
      population: z.number().int().nonnegative().optional(),
      /** 单位标志图片：src 为图片路径（相对本文件），alt 为图片的文字说明（必填） */
      logo: picture(image, 'logo', '图片的文字说明，如「某某学校校徽」').optional(),
      /** 封面图片：src 为图片路径（相对本文件），alt 为图片的文字说明（必填） */
      cover: picture(image, 'cover', '图片内容的文字说明').optional(),
      /** 草稿不会出现在网站上 */
      draft: z.boolean().default(false),
    }),
});

const metricFigure = z
  .object({
    /** 指标编号，取自 src/content/metrics.yaml */
    metric: z.enum(metricIds, { error: oneOf('metrics[].metric', metricIds) }),
    /** 数值；金额按万元填写，比率按百分数（0–100）填写 */
    value: z.number({ error: problem('metrics[].value', '应为数字，不带单位（如 3.2）') }),
    /** 数值出自的原句 */
    note: z.string().optional(),
  })
  .superRefine((figure, ctx) => {
    const definition = metricDefinitions.find((d) => d.id === figure.metric);
    const problem = definition && checkMetricValue(definition, figure.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  });

const reports = defineCollection({
  loader: glob({ pattern: ENTRY_FILES, base: './src/content/reports' }),
  schema: ({ image }) => z.object({
    /** 所属单位的编号，即 src/content/units/ 下的文件名（不含 .mdx 或 .md） */
    unit: reference('units'),
    /** 材料标题 */
    title: z.string({ error: problem('title', '材料标题') }).min(2, { error: problem('title', '至少两个字') }),
    /** 材料所属年份 */
    year: year('year'),
    /** 材料类型 */
    kind: z.enum(REPORT_KINDS, { error: oneOf('kind', REPORT_KINDS) }),
    /** 成文日期 */
    date: z.coerce.date({ error: problem('date', '应为 YYYY-MM-DD 格式的日期，如 2023-12-20') }).optional(),
    /** 一段话摘要，显示在列表和搜索结果中 */
    summary: z.string({ error: problem('summary', '一段话摘要') }).min(10, { error: problem('summary', '至少十个字') }),
    /** 材料中写明的数据 */
    metrics: z.array(metricFigure).default([]),
    /** 标签 */
    tags: z.array(z.string()).default([]),
    /** 草稿不会出现在网站上 */
    draft: z.boolean().default(false),
    /** 定时发布：此日期之前不会出现在网站上 */
    publishAt: z.coerce.date({ error: problem('publishAt', '应为 YYYY-MM-DD 格式的日期，如 2025-01-01') }).optional(),
    /** 导入时的原始文件名 */
    source: z.string().optional(),
    /** 封面图片：src 为图片路径（相对本文件），alt 为图片内容的文字说明（必填） */
    cover: picture(image, 'cover', '图片内容的文字说明').optional(),
  }),
});

const metrics = defineCollection({
  loader: file(METRICS_FILE),
  schema: z.object({
    /** 指标编号（英文，报告中引用） */
    id: z.string(),
    /** 指标名称 */
    label: z.string(),
    /** 计量单位 */
    unit: z.string(),
    /** 指标性质：rate 比率、amount 金额、count 计数 */
    kind: z.enum(['rate', 'amount', 'count']),
    /** 汇总方式 */
    aggregate: z.enum(['sum', 'mean', 'max']),
    /** 指标说明 */
    description: z.string(),
  }),
});

export const collections = { units, reports, metrics };
