import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { deskConfig } from '../../../src/desk/deskConfig.ts';
import type { DeskField } from '../../../src/desk/deskFields.ts';

const root = resolve(import.meta.dirname, '../../..');
const client = (file: string) => readFileSync(resolve(root, 'src/desk/client', file), 'utf8');
// decapApp.ts runs only in the browser; what it registers is read from its imports.
const decapWidgets = [...client('decapApp.ts').matchAll(/from 'decap-cms-widget-([a-z]+)'/g)].map((match) => match[1]);
const decapBackends = [...client('decapApp.ts').matchAll(/^\s*(?:const backends = \{ )?([a-z]+): [A-Za-z]+Backend/gm)].map((match) => match[1]);
const deskWidgets = [...client('desk.ts').matchAll(/registerWidget\('([a-z-]+)'/g)].map((match) => match[1]);

function widgetsOf(fields: readonly DeskField[]): string[] {
  return fields.flatMap((field) => [
    field.widget,
    ...widgetsOf((field.fields as DeskField[] | undefined) ?? []),
    ...(field.field ? widgetsOf([field.field as DeskField]) : []),
  ]);
}

test('every widget the desk configuration names is registered, by Decap or by the desk', () => {
  const config = deskConfig({ root, backend: { localUrl: 'http://127.0.0.1/admin/api/v1' } }) as {
    collections: { fields?: DeskField[]; files?: { fields: DeskField[] }[] }[];
  };
  const used = new Set(config.collections.flatMap((c) => [...widgetsOf(c.fields ?? []), ...(c.files ?? []).flatMap((f) => widgetsOf(f.fields))]));
  const registered = new Set([...decapWidgets, ...deskWidgets]);
  expect([...used].filter((widget) => !registered.has(widget))).toEqual([]);
  expect(deskWidgets).toEqual(['chinese-date', 'region-picker']);
});

test('every backend the desk configuration can name is registered: the local proxy and each Git host', () => {
  const hosts = readFileSync(resolve(root, 'src/desk/deskConfig.ts'), 'utf8').match(/name: ('[a-z]+'(?: \| '[a-z]+')*);/)?.[1];
  const names = [...(hosts ?? '').matchAll(/'([a-z]+)'/g)].map((match) => match[1]);
  expect(names.length).toBeGreaterThan(3);
  expect([...decapBackends].sort()).toEqual(['proxy', ...names].sort());
});
