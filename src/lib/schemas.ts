/**
 * The content model: one zod schema per collection, shared by Astro's content
 * collections (src/content.config.ts) and the content checks (src/checks/), so the
 * build, the dev server and `npm run lint:content` judge an entry by the same rules.
 * Astro's `reference()` and `image()` exist only inside Astro, so the factories take
 * the unit and image schemas as arguments. The JSDoc of each field is the editor's
 * hover help and the desk's field hint (src/desk/deskConfig.ts reads it), hence in
 * Chinese. The whole content model stays in this one file (STYLE.md 1), which makes
 * it longer than 200 lines.
 */
import { z } from 'astro/zod';
import { readCalendarDate } from './calendarDate.ts';
import { checkMetricValue } from './metricValues.ts';
import { fieldError, FIX_SEPARATOR, oneOfError, type SchemaIssue } from './schemaErrors.ts';
import { closestWords } from './closestWords.ts';
import { regionSchema } from './divisions/regionSchema.ts';
import { HONOR_LEVELS, METRIC_AGGREGATES, METRIC_KINDS, REPORT_KINDS, UNIT_TYPE_ALIASES, UNIT_TYPES } from './vocabulary.ts';

const year = (what: string) =>
  z
    .number({ error: fieldError(`写四位数字${what}，如 2023，不加引号，不能写成 20XX、202_ 这类占位符`) })
    .int({ error: fieldError(`写整数${what}，如 2023`) })
    .min(1949, { error: fieldError(`${what}不能早于 1949 年`) })
    .max(2100, { error: fieldError(`${what}不能晚于 2100 年`) });

/**
 * A real calendar date, quoted or not. Astro's YAML hands over unquoted dates as Date
 * objects and the checks' YAML as text; text is read strictly (2023-02-30 is an error).
 */
const calendarDate = (example: string) => {
  const fix = `写成真实的日期，格式 YYYY-MM-DD，如 ${example}`;
  return z.union([z.date(), z.string()], { error: fieldError(fix) }).transform((value, ctx) => {
    const read = typeof value === 'string' ? readCalendarDate(value) : Number.isNaN(value.getTime()) ? { problem: '无效日期' } : { date: value };
    if ('date' in read) return read.date;
    ctx.addIssue({ code: 'custom', message: `${read.problem}${FIX_SEPARATOR}${fix}` });
    return z.NEVER;
  });
};

const text = (need: string) => z.string({ error: fieldError(need) });

/** An object that refuses fields it does not know, naming the closest known one: a typo like `drfat: true` must not be ignored. */
function entryObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue: SchemaIssue) => {
      if (issue.code !== 'unrecognized_keys') return fieldError('按字段表填写')(issue);
      const guesses = (issue.keys ?? []).map((key) => {
        const [guess] = closestWords(key, known);
        return guess ? `「${key}」是不是要写「${guess}」` : `删去「${key}」`;
      });
      return `有不认识的字段 ${(issue.keys ?? []).join('、')}${FIX_SEPARATOR}${guesses.join('；')}（可用的字段：${known.join('、')}）`;
    },
  });
}

const honor = entryObject({
  /** 荣誉称号全称，如「全国民族团结进步示范单位」 */
  title: text('写荣誉称号全称，如"全国民族团结进步示范单位"').min(2, { error: fieldError('称号至少两个字') }),
  /** 命名级别：国家级、省级、地市级或县级 */
  level: z.enum(HONOR_LEVELS, { error: oneOfError(HONOR_LEVELS) }),
  /** 命名年份 */
  year: year('命名年份'),
  /** 命名批次，如「第十二批」 */
  batch: text('按命名文件抄写批次，如"第十二批"').optional(),
  /** 有效期截止年份；国家级示范称号不写时按命名后五年计算 */
  validUntil: year('截止年份').optional(),
}).superRefine((honor, ctx) => {
  if (honor.validUntil !== undefined && honor.validUntil < honor.year) {
    ctx.addIssue({
      code: 'custom',
      path: ['validUntil'],
      message: `截止年份 ${honor.validUntil} 早于命名年份 ${honor.year}${FIX_SEPARATOR}核对命名文件，截止年份应不早于命名年份`,
    });
  }
});

/** Rules an entry may switch off for itself (see docs/编辑指南.md, 发布前检查). */
const allow = z.array(text('写检查规则的编号，如 short-report'), { error: fieldError('写成列表，如 [short-report]') }).optional();

/** An image with the text read in its place, required: readers who cannot see the image rely on it. */
const picture = <Image extends z.ZodType>(image: Image, need: string) =>
  entryObject({
    /** 图片路径，相对于本文件，如 ../../assets/content/单位编号-logo.png */
    src: image,
    /** 图片的文字说明 */
    alt: text(need).min(2, { error: fieldError(`${need}，至少两个字`) }),
  });

/** Not on the site while true. */
const draft = z.boolean({ error: fieldError('写 true（草稿，不发布）或 false（发布），不加引号') }).default(false);

/** A unit entry; `image` is Astro's `image()` in the build and a path check in the content checks. */
export function unitSchema<Image extends z.ZodType>(image: Image) {
  return entryObject({
    /** 单位名称（全称） */
    name: text('写单位全称').min(2, { error: fieldError('单位全称至少两个字') }),
    /** 单位简称，用在卡片和图表上 */
    shortName: text('写单位简称').optional(),
    /** 单位类型，按全国命名名单的分类；写「州」「旗」「街道」「嘎查」「连队」等也可，存为所属的类型 */
    type: z.preprocess(
      (input) => (typeof input === 'string' ? (UNIT_TYPE_ALIASES[input.trim()] ?? input.trim()) : input),
      z.enum(UNIT_TYPES, { error: oneOfError(UNIT_TYPES) }),
    ),
    /** 所属地区，从省级写到最具体的一级，如 [新疆维吾尔自治区, 巴音郭楞蒙古自治州, 和硕县]；可只写最具体的一级或常用简称，构建时按国家行政区划补全为全称 */
    region: regionSchema,
    /** 一句话介绍，用在单位卡片和页面描述中 */
    summary: text('写一句话介绍').optional(),
    /** 获得的创建荣誉 */
    honors: z.array(honor, { error: fieldError('每项荣誉以"  - title: …"开头，写成列表') }).default([]),
    /** 干部职工人数（学校为教职工，宗教活动场所为教职人员） */
    staff: z
      .number({ error: fieldError('写人数，整数，不带"人"字') })
      .int({ error: fieldError('写整数人数') })
      .nonnegative({ error: fieldError('人数不能为负') })
      .optional(),
    /** 辖区或服务人口 */
    population: z
      .number({ error: fieldError('写人口数，整数，不带"人"字') })
      .int({ error: fieldError('写整数人口') })
      .nonnegative({ error: fieldError('人口不能为负') })
      .optional(),
    /** 单位标志：src 图片路径（相对于本文件），alt 图片的文字说明 */
    logo: picture(image, '写图片的文字说明，如「某学校校徽：绿色圆徽中的学位帽」').optional(),
    /** 封面图片：src 图片路径（相对于本文件），alt 图片内容的文字说明 */
    cover: picture(image, '写图片内容的文字说明').optional(),
    /** 草稿不会出现在网站上 */
    draft,
    /** 本条目不做的发布前检查 */
    allow,
  });
}

function metricFigure(definitions: readonly MetricDefinition[]) {
  const ids = definitions.map((definition) => definition.id);
  return entryObject({
    /** 指标编号，取自 src/content/metrics.yaml */
    metric: z.enum(ids as [string, ...string[]], { error: oneOfError(ids) }),
    /** 数值；金额按万元填写，比率按百分数（0–100）填写 */
    value: z.number({ error: fieldError('写数字，不带单位、引号和千位逗号，如 3.2（金额按万元，比率写百分数）') }),
    /** 数值出自的原句 */
    note: text('写数值出自的原句').optional(),
  }).superRefine((figure, ctx) => {
    const definition = definitions.find((d) => d.id === figure.metric);
    const problem = definition && checkMetricValue(definition, figure.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  });
}

/**
 * A report's cover. Exported because Astro calls the content config's schema function for
 * every entry, with an `image()` that resolves paths from that entry's file, and only the
 * cover uses it: the config builds the rest once and extends it with this per entry.
 */
export const reportCover = <Image extends z.ZodType>(image: Image) => picture(image, '写图片内容的文字说明').optional();

/**
 * A report entry; `unit` is Astro's `reference('units')` in the build and the unit id
 * in the content checks, `image` as for units.
 */
export function reportSchema<Unit extends z.ZodType, Image extends z.ZodType>(unit: Unit, definitions: readonly MetricDefinition[], image: Image) {
  return entryObject({
    /** 所属单位的编号，即 src/content/units/ 下的文件名（不含 .mdx 或 .md） */
    unit,
    /** 材料标题，写明单位、年份和主题，如「和硕县民宗局2023年民族团结进步创建工作总结」 */
    title: text('写材料标题').min(2, { error: fieldError('标题至少两个字') }),
    /** 材料所属年份，即总结的是哪一年的工作，如 2023 */
    year: year('年份'),
    /** 材料类型 */
    kind: z.enum(REPORT_KINDS, { error: oneOfError(REPORT_KINDS) }),
    /** 成文日期，格式 YYYY-MM-DD，如 2023-12-20 */
    date: calendarDate('2023-12-20').optional(),
    /** 一段话摘要，显示在列表和搜索结果中 */
    summary: text('写一段话摘要').min(10, { error: fieldError('摘要至少十个字') }),
    /** 材料中写明的数据 */
    metrics: z.array(metricFigure(definitions), { error: fieldError('每项数据以"  - metric: …"开头，写成列表') }).default([]),
    /** 主题标签，用于按主题浏览，如 [结对帮扶, 宣传教育] */
    tags: z.array(text('写标签文字'), { error: fieldError('写成列表，如 ["结对帮扶", "宣传教育"]') }).default([]),
    /** 草稿不会出现在网站上 */
    draft,
    /** 定时发布：此日期之前不会出现在网站上 */
    publishAt: calendarDate('2025-01-01').optional(),
    /** 封面图片：src 图片路径（相对于本文件），alt 图片内容的文字说明 */
    cover: reportCover(image),
    /** 导入时的原始文件名 */
    source: text('写原始文件名').optional(),
    /** 本条目不做的发布前检查 */
    allow,
  });
}

/** One metric definition of src/content/metrics.yaml. */
export const metricSchema = entryObject({
  /** 指标编号（英文，报告中引用） */
  id: text('写英文指标编号，如 funds').regex(/^[a-z][a-z0-9-]*$/, { error: fieldError('指标编号只用小写英文字母、数字和连字符，如 people-reached') }),
  /** 指标名称，显示在图表和表格上，如「投入资金」 */
  label: text('写指标名称，如 投入资金'),
  /** 计量单位，如 万元、%、次；金额一律用万元，比率用 % */
  unit: text('写计量单位，如 万元、%、次'),
  /** 指标性质：rate 比率、amount 金额、count 计数 */
  kind: z.enum(METRIC_KINDS, { error: oneOfError(METRIC_KINDS) }),
  /** 汇总方式：sum 求和、mean 平均、max 取最大 */
  aggregate: z.enum(METRIC_AGGREGATES, { error: oneOfError(METRIC_AGGREGATES) }),
  /** 一句话说明这个指标统计什么，显示在创建数据页上 */
  description: text('写一句指标说明'),
});

/**
 * The content types, derived from the schemas above rather than written twice. The
 * entry types leave open what only Astro decides: an image's `src` (`ImageMetadata`
 * in the build, a path in the checks) and a report's `unit` (`reference('units')`).
 * Pages use the collections' own types (src/lib/content.ts); the pure functions of
 * src/lib `Pick` the fields they need from these, so tests can pass plain objects.
 */
export type MetricDefinition = z.output<typeof metricSchema>;
export type Honor = z.output<typeof honor>;
export type ReportFigure = z.output<ReturnType<typeof metricFigure>>;
export type UnitData<Image = unknown> = z.output<ReturnType<typeof unitSchema<z.ZodType<Image>>>>;
export type ReportData<Unit = { id: string }, Image = unknown> = z.output<ReturnType<typeof reportSchema<z.ZodType<Unit>, z.ZodType<Image>>>>;
