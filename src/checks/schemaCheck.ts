/**
 * Checks an entry's frontmatter against the content model (src/lib/schemas.ts), the
 * same zod schemas Astro's collections use, and places each issue on its field's
 * line. Outside Astro a unit reference is its id (its existence is a collection
 * check) and an image is a path that must exist beside the entry.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { MetricDefinition } from '../lib/metricDefinitions.ts';
import { fieldError, FIX_SEPARATOR, splitMessage } from '../lib/schemaErrors.ts';
import { reportSchema, unitSchema } from '../lib/schemas.ts';
import type { Finding, LintEntry } from './types.ts';

type Schema = z.ZodType<Record<string, unknown>>;

/** Builds the schemas for one run: the metric definitions decide which metric ids a report may use. */
export function entrySchemas(definitions: readonly MetricDefinition[]) {
  const unitId = z.string({ error: fieldError('写所属单位的编号，即 src/content/units/ 下的文件名（不含扩展名）') });
  // Images are checked against the entry's own folder, so there is one schema per folder.
  const byFolder = new Map<string, Schema>();
  const cached = (key: string, make: () => Schema) => byFolder.get(key) ?? byFolder.set(key, make()).get(key)!;
  return {
    unit: (folder: string) => cached(`unit:${folder}`, () => unitSchema(imageBeside(folder)) as unknown as Schema),
    report: (folder: string) => cached(`report:${folder}`, () => reportSchema(unitId, definitions, imageBeside(folder)) as unknown as Schema),
  };
}

export type EntrySchemas = ReturnType<typeof entrySchemas>;

function imageBeside(folder: string) {
  const fix = '把图片放进 src/assets/content/，路径相对于本文件书写，如 ../../assets/content/单位编号-logo.png';
  return z.string({ error: fieldError(fix) }).superRefine((path, ctx) => {
    if (!/^\.{1,2}\//.test(path)) ctx.addIssue({ code: 'custom', message: `「${path}」不是相对路径${FIX_SEPARATOR}${fix}` });
    else if (!existsSync(resolve(folder, path))) ctx.addIssue({ code: 'custom', message: `图片「${path}」不存在${FIX_SEPARATOR}${fix}` });
  });
}

/** The entry's schema findings, or the parsed data (dates as Date, defaults filled) when it passes. */
export function checkSchema(entry: LintEntry, schemas: EntrySchemas): { findings: Finding[]; data?: Record<string, unknown> } {
  const folder = dirname(entry.path);
  const schema = entry.kind === 'unit' ? schemas.unit(folder) : entry.kind === 'report' ? schemas.report(folder) : undefined;
  if (!schema) return { findings: [] };
  const result = schema.safeParse(entry.data);
  if (result.success) return { findings: [], data: result.data };
  return { findings: result.error.issues.flatMap((issue) => issueFindings(entry, issue)) };
}

function issueFindings(entry: LintEntry, issue: z.core.$ZodIssue): Finding[] {
  // Unknown fields are reported once per field, on the field's own line.
  const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
  return paths.map((path) => {
    const { message, hint } = splitMessage(issue.message);
    return { file: entry.file, field: fieldLabel(path), ...positionOf(entry, path), severity: 'error', rule: 'schema', message, hint };
  });
}

/** Where a field path sits in the file: its own value, else its nearest parent, else the frontmatter's first line. */
export function positionOf(entry: Pick<LintEntry, 'fieldPositions'>, path: readonly PropertyKey[]): { line: number; column: number } {
  for (let length = path.length; length > 0; length--) {
    const at = entry.fieldPositions.get(path.slice(0, length).map(String).join('.'));
    if (at) return at;
  }
  return { line: 2, column: 1 };
}

/** `metrics 第2项 value` for ['metrics', 1, 'value']: editors count list items from one. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `第${part + 1}项` : String(part))).join(' ');
}
