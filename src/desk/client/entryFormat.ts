/**
 * How the desk reads and writes entry files. Decap's own frontmatter format re-quotes
 * every value, folds long Chinese lines, drops the blank line after the frontmatter and
 * would write the desk's transient fields; this one, registered as a custom format:
 * - gives back the file exactly as it was when the editor saved without a real change;
 * - keeps every untouched field as written (quotes, flow lists, comments) and writes
 *   only the fields that changed, on one line each;
 * - leaves out the transient fields (`deskFileName`, `deskKindSlug`, `deskSource`) and
 *   values that equal the schema's default (`draft: false`, empty lists, empty text);
 * - writes `---`, the frontmatter, `---`, one blank line, the body, one final newline.
 */
import { Document, isMap, isScalar, isSeq, parse, parseDocument, Scalar, YAMLSeq } from 'yaml';

const SOURCE_FIELD = 'deskSource';
const TRANSIENT = new Set(['deskFileName', 'deskKindSlug', SOURCE_FIELD]);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export interface EntryFormatOptions {
  /** Frontmatter keys in the schema's order, for fields an entry did not have before. */
  fieldOrder: readonly string[];
  /** Fields that are lists of words, written in flow style as the samples are: `region: ["…", "…"]`. */
  scalarLists: readonly string[];
}

type Data = Record<string, unknown>;

/** The entry's data for the form: frontmatter fields, `body`, and the file as it was. */
export function fromEntryFile(content: string): Data {
  const match = FRONTMATTER.exec(content);
  if (!match) return { body: content, [SOURCE_FIELD]: content };
  const data = (parse(match[1] ?? '') ?? {}) as Data;
  // One blank line separates frontmatter and body; it is the file's, not the body's.
  const body = content.slice(match[0].length).replace(/^\r?\n/, '');
  return { ...data, body, [SOURCE_FIELD]: content };
}

/** The file for the entry's data; see the module comment for what is kept. */
export function toEntryFile(input: Data, options: EntryFormatOptions): string {
  const source = typeof input[SOURCE_FIELD] === 'string' ? (input[SOURCE_FIELD] as string) : undefined;
  const data = written(input);
  if (source !== undefined && equal(written(fromEntryFile(source)), data)) return source;

  const match = source === undefined ? null : FRONTMATTER.exec(source);
  const document = match ? parseDocument(match[1] ?? '') : new Document({});
  if (!isMap(document.contents)) document.contents = document.createNode({}) as never;
  const before = match ? ((parse(match[1] ?? '') ?? {}) as Data) : {};
  const { body = '', ...fields } = data;
  for (const key of Object.keys(before)) if (!(key in fields)) document.delete(key);
  const order = [...options.fieldOrder, ...Object.keys(fields).filter((key) => !options.fieldOrder.includes(key))];
  for (const key of order) {
    if (!(key in fields) || equal(before[key], fields[key])) continue;
    const existing = document.get(key, true);
    const value = fields[key];
    // A changed word or number keeps the quotes it was written with.
    if (isScalar(existing) && (typeof value !== 'object' || value === null)) {
      existing.value = value;
      continue;
    }
    const node = document.createNode(value);
    if (options.scalarLists.includes(key) && isSeq(node)) styleWordList(node);
    document.set(key, node);
  }
  const frontmatter = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  const text = String(body).replace(/\s+$/, '');
  return `---\n${frontmatter}---\n${text ? `\n${text}\n` : ''}`;
}

/** What is written: no transient fields, no values equal to the schema's defaults or left empty in the form. */
function written(data: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (TRANSIENT.has(key) || value === undefined || value === null || value === '') continue;
    if (key === 'draft' && value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = Array.isArray(value) ? value.map((item) => (isPlainObject(item) ? written(item as Data) : item)) : value;
  }
  return out;
}

function styleWordList(node: YAMLSeq): void {
  node.flow = true;
  for (const item of node.items) if (item instanceof Scalar && typeof item.value === 'string') item.type = Scalar.QUOTE_DOUBLE;
}

function isPlainObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => equal(a[key], b[key]));
  }
  return false;
}

/** metrics.yaml: a list at the top, which a Decap file collection edits as the field `definitions`. */
export function fromMetricsFile(content: string): Data {
  return { definitions: parse(content) ?? [], [SOURCE_FIELD]: content };
}

export function toMetricsFile(input: Data): string {
  const source = typeof input[SOURCE_FIELD] === 'string' ? (input[SOURCE_FIELD] as string) : undefined;
  const definitions = (Array.isArray(input.definitions) ? input.definitions : []).map((item) => written(item as Data));
  if (source !== undefined && equal((parse(source) ?? []) as unknown, definitions)) return source;
  // The header comment says what the fields mean; keep it above the rewritten list.
  const header = source ? (/^(?:#.*\r?\n)*/.exec(source)?.[0] ?? '') : '';
  return header + new Document(definitions).toString({ lineWidth: 0 });
}
