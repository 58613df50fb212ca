/**
 * The desk's form fields from the zod schemas: each schema field becomes a Decap
 * field whose widget follows its zod type (text, number with its limits, select from
 * a vocabulary, list, object, date, image, relation to units, region from the
 * official divisions), with its JSDoc in schemas.ts as the hint. A field of a shape
 * the desk cannot edit throws, so a schema change cannot silently drop a field.
 * Past 200 lines because the zod-type → widget mapping reads best as one switch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'astro/zod';
import type { MetricDefinition } from '../lib/metricDefinitions.ts';
import { regionSchema } from '../lib/divisions/regionSchema.ts';
import { UNIT_TYPE_SCOPES } from '../lib/vocabulary.ts';

export interface DeskField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  [option: string]: unknown;
}

/** Chinese field labels: what the editor sees; the name stays the frontmatter key. */
export const LABELS: Record<string, string> = {
  name: '单位名称',
  shortName: '简称',
  type: '单位类型',
  region: '所属地区',
  summary: '摘要',
  honors: '创建荣誉',
  staff: '干部职工人数',
  population: '人口',
  logo: '标志图片',
  cover: '封面图片',
  draft: '草稿',
  allow: '不做的检查',
  title: '标题',
  level: '级别',
  year: '年份',
  batch: '批次',
  validUntil: '有效期至',
  unit: '所属单位',
  kind: '材料类型',
  date: '成文日期',
  metrics: '数据',
  metric: '指标',
  value: '数值',
  note: '原句',
  tags: '标签',
  publishAt: '定时发布日期',
  source: '原始文件',
  id: '指标编号',
  label: '指标名称',
  aggregate: '汇总方式',
  description: '说明',
  body: '正文',
};

/** Free text long enough for a text area rather than one line. */
const LONG_TEXT = new Set(['summary', 'note', 'description']);

type Docs = Map<string, Map<string, string>>;

/** The JSDoc of every property in schemas.ts, by the declaration it sits in (`unitSchema`, `honor`…). */
export function schemaDocs(root: string): Docs {
  const path = join(root, 'src/lib/schemas.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const docs: Docs = new Map();
  const visit = (node: ts.Node, owner: string) => {
    let current = owner;
    if ((ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node)) && node.name && ts.isIdentifier(node.name)) current = node.name.text;
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isIdentifier(node.name)) {
      const text = ts
        .getJSDocCommentsAndTags(node)
        .map((doc) => (ts.isJSDoc(doc) ? ts.getTextOfJSDocComment(doc.comment) : ''))
        .join(' ')
        .trim();
      if (text) {
        if (!docs.has(current)) docs.set(current, new Map());
        docs.get(current)?.set(node.name.text, text);
      }
    }
    ts.forEachChild(node, (child) => visit(child, current));
  };
  visit(source, '');
  return docs;
}

/** Marks the image fields: Astro's `image()` exists only inside Astro, so the unit schema is built with this. */
export const imageMarker = z.string();

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  defaultValue?: unknown;
}

function unwrap(schema: z.ZodType): Unwrapped {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; defaultValue?: unknown };
  if (def.type === 'optional' && def.innerType) return { ...unwrap(def.innerType), required: false };
  if (def.type === 'default' && def.innerType) return { ...unwrap(def.innerType), required: false, defaultValue: def.defaultValue };
  return { schema, required: true };
}

interface FieldContext {
  docs: Docs;
  definitions: readonly MetricDefinition[];
  owner: string;
}

function numberLimits(schema: z.ZodType): { min?: number; max?: number; int: boolean } {
  const number = schema as z.ZodNumber;
  const finite = (value: number | null) =>
    value !== null && Number.isFinite(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined;
  return { min: finite(number.minValue), max: finite(number.maxValue), int: number.isInt };
}

/** One desk field from one schema field: the widget follows the zod type. */
function deskField(name: string, fieldSchema: z.ZodType, context: FieldContext): DeskField {
  const { schema, required, defaultValue } = unwrap(fieldSchema);
  const hint = context.docs.get(context.owner)?.get(name);
  if (!hint) throw new Error(`${context.owner}.${name} has no JSDoc: the desk shows it as the field's hint`);
  const base = { name, label: LABELS[name] ?? name, hint, required };
  const def = schema._zod.def as {
    type: string;
    in?: z.ZodType;
    out?: z.ZodType;
    element?: z.ZodType;
    options?: z.ZodType[];
    entries?: Record<string, string>;
  };

  if (schema === imageMarker) return { ...base, widget: 'image', choose_url: false };
  // Picked level by level from the official divisions (src/desk/client/regionWidget.ts).
  if (schema === regionSchema) return { ...base, widget: 'region-picker' };
  if (context.owner === 'reportSchema' && name === 'unit') {
    return {
      ...base,
      widget: 'relation',
      collection: 'units',
      value_field: '{{slug}}',
      search_fields: ['name', 'shortName'],
      display_fields: ['name'],
      options_length: 50,
    };
  }
  if (context.owner === 'metricFigure' && name === 'metric') {
    return { ...base, widget: 'select', options: context.definitions.map((d) => ({ label: `${d.label}（${d.unit}）`, value: d.id })) };
  }
  switch (def.type) {
    case 'string':
      return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string', ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
    case 'number': {
      const { min, max, int } = numberLimits(schema);
      return {
        ...base,
        widget: 'number',
        value_type: int ? 'int' : 'float',
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: defaultValue ?? false };
    case 'enum':
      return { ...base, widget: 'select', options: selectOptions(Object.values(def.entries ?? {})) };
    case 'pipe': {
      // z.preprocess (type: aliases → enum) and a date read strictly (union → transform).
      const target = def.out && (def.out._zod.def.type === 'enum' ? def.out : undefined);
      if (target) return deskField(name, required ? target : target.optional(), context);
      const input = def.in?._zod.def as { type: string; options?: z.ZodType[] } | undefined;
      if (input?.type === 'union' && input.options?.some((option) => option._zod.def.type === 'date')) {
        // 年 / 月 / 日 lists writing YYYY-MM-DD (src/desk/client/dateWidget.ts), not the browser's own date input.
        return { ...base, widget: 'chinese-date', default: '' };
      }
      break;
    }
    case 'object': {
      // An image with its text (logo, cover): the schema's `picture` helper.
      const shape = (def as { shape?: Record<string, z.ZodType> }).shape;
      if (!shape) break;
      // Decap requires an optional object's required parts even when it is left empty, so
      // they are optional here; the content checks after saving still ask for the alt text.
      const fields = objectFields(shape, { ...context, owner: 'picture' }).map((field) => (required ? field : { ...field, required: false }));
      return { ...base, widget: 'object', fields, collapsed: true };
    }
    case 'array': {
      const element = def.element && unwrap(def.element).schema;
      const elementDef = element?._zod.def as { type: string; shape?: Record<string, z.ZodType> } | undefined;
      if (elementDef?.type === 'object' && elementDef.shape) {
        const owner = name === 'honors' ? 'honor' : name === 'metrics' ? 'metricFigure' : name;
        const fields = objectFields(elementDef.shape, { ...context, owner });
        return { ...base, widget: 'list', fields, summary: listSummary(owner), collapsed: false };
      }
      if (elementDef?.type === 'string') return { ...base, widget: 'list', field: { name: 'item', label: LABELS[name] ?? name, widget: 'string' } };
      break;
    }
  }
  throw new Error(`${context.owner}.${name}: the desk has no widget for a ${def.type} field`);
}

function selectOptions(values: readonly string[]): { label: string; value: string }[] {
  return values.map((value) => ({
    label: UNIT_TYPE_SCOPES[value as keyof typeof UNIT_TYPE_SCOPES]
      ? `${value}（${UNIT_TYPE_SCOPES[value as keyof typeof UNIT_TYPE_SCOPES]}）`
      : value,
    value,
  }));
}

function listSummary(owner: string): string | undefined {
  if (owner === 'honor') return '{{fields.year}} {{fields.title}}（{{fields.level}}）';
  if (owner === 'metricFigure') return '{{fields.metric}}：{{fields.value}}';
  return undefined;
}

export function objectFields(shape: Record<string, z.ZodType>, context: FieldContext): DeskField[] {
  return Object.entries(shape).map(([name, schema]) => deskField(name, schema, context));
}
