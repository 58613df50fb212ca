import { z } from 'astro/zod';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deskCollections, TRANSIENT_FIELDS } from '../../../src/desk/deskConfig.ts';
import { schemaDocs, type DeskField } from '../../../src/desk/deskFields.ts';
import { loadMetricDefinitions } from '../../../src/lib/metricDefinitions.ts';
import { metricSchema, reportSchema, unitSchema } from '../../../src/lib/schemas.ts';
import { HONOR_LEVELS, METRIC_AGGREGATES, METRIC_KINDS, REPORT_KINDS, UNIT_TYPES } from '../../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../../..');
const [units, reports, metrics] = deskCollections(root);
const definitions = loadMetricDefinitions(resolve(root, 'src/content/metrics.yaml'));
const docs = schemaDocs(root);

const names = (fields: DeskField[]) => fields.map((field) => field.name).filter((name) => name !== 'body' && name !== TRANSIENT_FIELDS.fileName);
const field = (fields: DeskField[] | undefined, name: string) => fields?.find((candidate) => candidate.name === name);
const values = (options: unknown) => (options as { value: string }[]).map((option) => option.value);
const metricFields = (metrics?.files as { fields: DeskField[] }[] | undefined)?.[0]?.fields[0]?.fields as DeskField[];

describe("the desk's collections follow the content schemas", () => {
  test("units, reports and metric definitions have exactly the schemas' fields, in order", () => {
    expect(names(units?.fields ?? [])).toEqual(Object.keys(unitSchema(z.string()).shape));
    expect(names(reports?.fields ?? [])).toEqual(Object.keys(reportSchema(z.string(), definitions, z.string()).shape));
    expect(metricFields.map((f) => f.name)).toEqual(Object.keys(metricSchema.shape));
  });

  test('a field is required in the desk exactly when the schema requires it', () => {
    const shape = reportSchema(z.string(), definitions, z.string()).shape as Record<string, z.ZodType>;
    for (const [name, schema] of Object.entries(shape))
      expect(field(reports?.fields, name)?.required, name).toBe(!schema.safeParse(undefined).success);
  });

  test('every field carries its JSDoc from schemas.ts as the hint', () => {
    expect(field(units?.fields, 'region')?.hint).toBe(docs.get('unitSchema')?.get('region'));
    expect(field(reports?.fields, 'metrics')?.hint).toBe('材料中写明的数据');
    for (const f of [...(units?.fields ?? []), ...(reports?.fields ?? []), ...metricFields]) expect(f.hint, f.name).toBeTruthy();
  });

  test("closed vocabularies are selects with the vocabulary's values", () => {
    expect(values(field(units?.fields, 'type')?.options)).toEqual([...UNIT_TYPES]);
    expect(values(field(reports?.fields, 'kind')?.options)).toEqual([...REPORT_KINDS]);
    expect(values(field(field(units?.fields, 'honors')?.fields as DeskField[], 'level')?.options)).toEqual([...HONOR_LEVELS]);
    expect(values(field(metricFields, 'kind')?.options)).toEqual([...METRIC_KINDS]);
    expect(values(field(metricFields, 'aggregate')?.options)).toEqual([...METRIC_AGGREGATES]);
  });

  test("widgets fit the data: unit relation, numbers with the schema's limits, dates, figures, honours, region, images", () => {
    expect(field(reports?.fields, 'unit')).toMatchObject({ widget: 'relation', collection: 'units', value_field: '{{slug}}' });
    expect(field(reports?.fields, 'year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1949, max: 2100 });
    expect(field(reports?.fields, 'date')).toMatchObject({ widget: 'chinese-date', required: false });
    expect(field(reports?.fields, 'publishAt')).toMatchObject({ widget: 'chinese-date', required: false });
    expect(field(reports?.fields, 'draft')).toMatchObject({ widget: 'boolean', default: false });
    const figures = field(reports?.fields, 'metrics')?.fields as DeskField[];
    expect(figures.map((f) => f.widget)).toEqual(['select', 'number', 'text']);
    expect(values(figures[0]?.options)).toEqual(definitions.map((d) => d.id));
    expect((field(units?.fields, 'honors')?.fields as DeskField[]).map((f) => f.name)).toEqual(['title', 'level', 'year', 'batch', 'validUntil']);
    expect(field(units?.fields, 'region')).toMatchObject({ widget: 'region-picker', required: true });
    expect(field(units?.fields, 'logo')).toMatchObject({
      widget: 'object',
      fields: [expect.objectContaining({ name: 'src', widget: 'image' }), expect.objectContaining({ name: 'alt', widget: 'string' })],
    });
    expect(units?.media_folder).toBe('../../assets/content');
  });

  test("the list names a report by its `year` field, not Decap's year of its date", () => {
    expect(reports?.summary).toMatch(/^\{\{fields\.year\}\} \{\{title\}\}/);
  });

  test('report files are named <unit>/<year>-<kind slug>, through the slug and not `{{fields.x}}` in the path', () => {
    expect(reports?.path).toBe('{{unit}}/{{slug}}');
    expect(reports?.slug).toBe('{{fields.year}}-{{fields.deskKindSlug}}');
    expect(reports?.preview_path).toBe('reports/{{unit}}/{{filename}}/');
    expect(units?.preview_path).toBe('units/{{filename}}/');
  });
});
