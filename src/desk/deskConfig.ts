/**
 * The editor's desk configuration (Decap CMS), generated from the content model:
 * the zod schemas of src/lib/schemas.ts give the fields, their widgets and whether
 * they are required; src/lib/vocabulary.ts and metrics.yaml give the choices; each
 * field's JSDoc in schemas.ts is its hint. A field added to a schema appears in the
 * desk without touching this file; a field of a shape the desk cannot edit throws,
 * so tests/unit/desk/deskConfig.test.ts fails instead of the desk silently dropping it.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { loadMetricDefinitions } from '../lib/metricDefinitions.ts';
import { metricSchema, reportSchema, unitSchema } from '../lib/schemas.ts';
import { imageMarker, LABELS, objectFields, schemaDocs, type DeskField } from './deskFields.ts';
import { HONOR_LEVELS, METRIC_AGGREGATES, METRIC_KINDS, REPORT_KIND_SLUGS, REPORT_KINDS, UNIT_TYPES } from '../lib/vocabulary.ts';

/** Fields the desk adds to a form for naming files; the desk's file format never writes them into an entry. */
export const TRANSIENT_FIELDS = { fileName: 'deskFileName', kindSlug: 'deskKindSlug', source: 'deskSource' } as const;

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
