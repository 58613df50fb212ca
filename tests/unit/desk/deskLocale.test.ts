// The package's main file is a browser build; its ES modules read in Node.
import en from 'decap-cms-locales/dist/esm/en/index.js';
import zh_Hans from 'decap-cms-locales/dist/esm/zh_Hans/index.js';
import { expect, test } from 'vitest';
import { mergeLocale, ZH_HANS_EXTRA } from '../../../src/desk/client/zhHansExtra.ts';

type Strings = { [key: string]: string | Strings };
const keys = (strings: Strings, prefix = ''): string[] =>
  Object.entries(strings).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));

test("the desk's Chinese has every string Decap's English has", () => {
  const merged = new Set(keys(mergeLocale(zh_Hans, ZH_HANS_EXTRA)));
  expect(keys(en).filter((key) => !merged.has(key))).toEqual([]);
});

test("the added strings fill gaps only and never replace Decap's own translation", () => {
  const own = new Set(keys(zh_Hans));
  expect(keys(ZH_HANS_EXTRA).filter((key) => own.has(key))).toEqual([]);
});
