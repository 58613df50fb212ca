/**
 * The content schemas' Chinese error map. Every field of src/lib/schemas.ts passes
 * one of these as its zod `error`, so the message is the same wherever the schema
 * runs: in the content checks (lint, build, dev) and in Astro's own content sync,
 * whose English error map only applies to issues a schema leaves unnamed.
 *
 * A message reads `what is wrong — how to fix it`; the field and the file are added
 * by whoever prints it (src/checks/format.ts).
 */

/** The separator between what is wrong and how to fix it, in every message. */
export const FIX_SEPARATOR = ' — ';

/** The part of a zod issue the messages look at (zod 4's raw issue, as passed to `error`). */
export interface SchemaIssue {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
  message?: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: ' true 或 false',
  array: '列表',
  object: '一组子字段',
  date: '日期',
};

/** How an editor's value reads in a message: as written, and `空` for nothing. */
function shown(input: unknown): string {
  if (input === null || input === '') return '空值';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? '无效日期' : input.toISOString().slice(0, 10);
  if (Array.isArray(input)) return `[${input.map(shown).join(', ')}]`;
  if (typeof input === 'object') return JSON.stringify(input);
  return String(input);
}

/**
 * The error callback of one field: says what the value is (or that it is missing)
 * against what the field needs, and ends with `need` as the fix.
 */
export function fieldError(need: string) {
  return (issue: SchemaIssue): string => `${whatIsWrong(issue)}${FIX_SEPARATOR}${need}`;
}

function whatIsWrong(issue: SchemaIssue): string {
  const { code, input } = issue;
  if (input === undefined) return '必填，但没有填写';
  const value = `「${shown(input)}」`;
  switch (code) {
    case 'invalid_type':
      // A number in quotes, or with a thousands comma, is text to YAML.
      if (issue.expected === 'number' && typeof input === 'string' && /^[\d,.\s]+$/.test(input))
        return `${value}加了引号或千位逗号，成了文字，不是数字`;
      return `${value}不是${TYPE_NAMES[issue.expected ?? ''] ?? '所需的格式'}`;
    case 'too_small':
      if (issue.origin === 'array') return `至少要写 ${issue.minimum} 项，现在是 ${Array.isArray(input) ? input.length : 0} 项`;
      if (issue.origin === 'string') return `${value}太短，至少 ${issue.minimum} 个字`;
      return `${value}太小，不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${value}太长，最多 ${issue.maximum} 个字`;
      return `${value}太大，不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `${value}不是可选的值`;
    case 'unrecognized_keys':
      return `有不认识的字段 ${(issue.keys ?? []).join('、')}`;
    default:
      return `${value}不合要求`;
  }
}

/** The closed list a select field takes, as its fix. */
export function oneOfError(allowed: readonly string[]) {
  return fieldError(`只能写以下之一：${allowed.join('、')}`);
}

/** Splits a message into what is wrong and how to fix it; a message without a fix gets none. */
export function splitMessage(message: string): { message: string; hint: string } {
  const at = message.indexOf(FIX_SEPARATOR);
  return at === -1 ? { message, hint: '' } : { message: message.slice(0, at), hint: message.slice(at + FIX_SEPARATOR.length) };
}
