/**
 * The editor's desk configuration (Decap CMS), generated from the content model:
 * the zod schemas of src/lib/schemas.ts give the fields, their widgets and whether
 * they are required; src/lib/vocabulary.ts and metrics.yaml give the choices; each
 * field's JSDoc in schemas.ts is its hint. A field added to a schema appears in the
 * desk without touching this file; a field of a shape the desk cannot edit throws,
 * so tests/unit/desk/deskConfig.test.ts fails instead of the desk silently dropping it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'astro/zod';
import { loadMetricDefinitions, type MetricDefinition } from '../lib/metricDefinitions.ts';
import { metricSchema, reportSchema, unitSchema } from '../lib/schemas.ts';
import { regionSchema } from '../lib/divisions/regionSchema.ts';
import { HONOR_LEVELS, METRIC_AGGREGATES, METRIC_KINDS, REPORT_KIND_SLUGS, REPORT_KINDS, UNIT_TYPE_SCOPES, UNIT_TYPES } from '../lib/vocabulary.ts';

/** Fields the desk adds to a form for naming files; the desk's file format never writes them into an entry. */
export const TRANSIENT_FIELDS = { fileName: 'deskFileName', kindSlug: 'deskKindSlug', source: 'deskSource' } as const;

export interface DeskField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  [option: string]: unknown;
}

export interface DeskCollection {
  name: string;
  label: string;
  label_singular?: string;
  fields: DeskField[];
  [option: string]: unknown;
}

/** A Git host's backend, as Decap's `backend` takes it: `{ name: 'gitlab', repo: 'office/showcase', auth_type: 'pkce', app_id: '…' }`. */
export interface GitHostBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'forgejo' | 'bitbucket' | 'azure';
  repo: string;
  branch?: string;
  [option: string]: unknown;
}

export interface DeskOptions {
  /** The project folder (where src/ is). */
  root: string;
  /** Where Decap reaches the local backend (the dev server's save gate before decap-server, MODE=fs); or the Git host of a deployed desk. */
  backend: { localUrl: string } | GitHostBackend;
  /** The dev site's address, for preview links. */
  siteUrl?: string;
}

/** Chinese field labels: what the editor sees; the name stays the frontmatter key. */
const LABELS: Record<string, string> = {
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
const imageMarker = z.string();

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

function objectFields(shape: Record<string, z.ZodType>, context: FieldContext): DeskField[] {
  return Object.entries(shape).map(([name, schema]) => deskField(name, schema, context));
}

const BODY_HINT = '正文用 Markdown 书写：## 开头的一行是小标题，空一行分段。';

/** The three collections, in the order the desk lists them. */
export function deskCollections(root: string): DeskCollection[] {
  const docs = schemaDocs(root);
  const definitions = loadMetricDefinitions(join(root, 'src/content/metrics.yaml'));
  const fields = (shape: Record<string, z.ZodType>, owner: string) => objectFields(shape, { docs, definitions, owner });
  const body: DeskField = {
    name: 'body',
    label: LABELS.body ?? 'body',
    widget: 'markdown',
    hint: BODY_HINT,
    modes: ['raw'],
    buttons: [],
    editor_components: [],
    required: false,
  };
  const units: DeskCollection = {
    name: 'units',
    label: '单位',
    label_singular: '单位',
    description: '每个创建单位一个文件：名称、类型、地区、荣誉，正文是单位简介与事迹。',
    folder: 'src/content/units',
    extension: 'mdx',
    format: 'units-mdx',
    create: true,
    slug: `{{fields.${TRANSIENT_FIELDS.fileName}}}`,
    identifier_field: 'name',
    // The list says which entries the site leaves out: drafts (and, for reports, embargoed ones).
    summary: "{{name}}{{draft | ternary('（草稿）', '')}}",
    preview_path: 'units/{{filename}}/',
    sortable_fields: ['name', 'type'],
    // Pictures live in src/assets/content/ (astro:assets), written relative to the entry.
    media_folder: '../../assets/content',
    public_folder: '../../assets/content',
    fields: [
      {
        name: TRANSIENT_FIELDS.fileName,
        label: '单位编号（文件名）',
        widget: 'string',
        required: false,
        hint: '新建单位时填写：小写英文或拼音，词之间用连字符，如 hoxud-highway-branch；它是单位网页的地址，保存后不能在这里修改。已有单位不必填写。',
        pattern: ['^[a-z0-9][a-z0-9-]*$', '只用小写英文字母、数字和连字符 -，如 hoxud-highway-branch'],
      },
      ...fields(unitSchema(imageMarker).shape, 'unitSchema'),
      body,
    ],
  };
  const reports: DeskCollection = {
    name: 'reports',
    label: '材料',
    label_singular: '材料',
    description: '工作总结、事迹材料等，每份一个文件，放在所属单位的文件夹里，文件名是「年份-材料类型」。',
    folder: 'src/content/reports',
    extension: 'mdx',
    format: 'reports-mdx',
    create: true,
    // `{{fields.x}}` is mangled inside `path`; the slug takes fields, and the kind's ASCII slug comes from a transient field.
    path: '{{unit}}/{{slug}}',
    slug: `{{fields.year}}-{{fields.${TRANSIENT_FIELDS.kindSlug}}}`,
    identifier_field: 'title',
    // {{fields.year}}: a bare {{year}} is Decap's year of the entry's date field, not the `year` field.
    summary: "{{fields.year}} {{title}}{{draft | ternary('（草稿）', '')}}{{publishAt | ternary('（定时发布）', '')}}",
    // Not {{slug}}: Decap turns its `/` into `-` in preview paths.
    preview_path: 'reports/{{unit}}/{{filename}}/',
    sortable_fields: ['year', 'title'],
    media_folder: '../../../assets/content',
    public_folder: '../../../assets/content',
    fields: [...fields(reportSchema(z.string(), definitions, imageMarker).shape, 'reportSchema'), body],
  };
  const metrics: DeskCollection = {
    name: 'metrics',
    label: '指标定义',
    label_singular: '指标定义',
    description: '报告中的数据引用的指标：名称、计量单位、性质和汇总方式。',
    files: [
      {
        name: 'metrics',
        label: '指标定义',
        file: 'src/content/metrics.yaml',
        format: 'yaml-metrics',
        fields: [
          {
            name: 'definitions',
            label: '指标',
            widget: 'list',
            summary: '{{fields.label}}（{{fields.id}}）',
            hint: '每个指标一项；报告的数据只能引用这里的指标编号。',
            fields: fields(metricSchema.shape, 'metricSchema'),
          },
        ],
      },
    ],
    fields: [],
  };
  return [units, reports, metrics];
}

/** The whole Decap configuration for the local desk. */
export function deskConfig(options: DeskOptions): Record<string, unknown> {
  const collections = deskCollections(options.root).map(({ fields, ...collection }) =>
    'files' in collection ? collection : { ...collection, fields },
  );
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    // Locally every save is a file in the working tree; on a Git host, a branch and a
    // merge request per entry, which Decap shows as 草稿 → 待审核 → 待发布.
    ...('localUrl' in options.backend
      ? { backend: { name: 'proxy', proxy_url: options.backend.localUrl, branch: 'main' } }
      : { backend: { branch: 'main', ...options.backend }, publish_mode: 'editorial_workflow' }),
    media_folder: 'src/assets/content',
    public_folder: '../../assets/content',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    slug: { encoding: 'ascii', clean_accents: false, sanitize_replacement: '-' },
    collections,
  };
}

/** What the desk's client needs besides Decap's configuration: the kind slugs for report file names, the field order of each collection. */
export function deskExtras(root: string) {
  const collections = deskCollections(root);
  return {
    kindSlugs: REPORT_KIND_SLUGS,
    fieldOrder: Object.fromEntries(collections.map((c) => [c.name, c.fields.map((f) => f.name).filter((n) => n !== 'body')])),
    scalarLists: ['region', 'tags', 'allow'],
    vocabulary: {
      unitTypes: UNIT_TYPES,
      reportKinds: REPORT_KINDS,
      honorLevels: HONOR_LEVELS,
      metricKinds: METRIC_KINDS,
      metricAggregates: METRIC_AGGREGATES,
    },
  };
}
