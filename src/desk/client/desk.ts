/**
 * The desk in the browser: Decap CMS with the project's collections (src/desk/deskConfig.ts,
 * served as /admin/desk.json), its Chinese strings completed, the project's file format,
 * and the content checks run before every save (POST /admin/check): an entry with an error
 * is not saved, the form keeps what the editor typed, and the messages show beside it.
 * Bundled by src/desk/bundleDesk.ts with React and the parts of Decap it uses (decapApp.ts).
 */
import DecapCMS from './decapApp.ts';
import { zh_Hans } from 'decap-cms-locales';
import { fromEntryFile, fromMetricsFile, toEntryFile, toMetricsFile } from './entryFormat.ts';
import { DateControl, DatePreview } from './dateWidget.ts';
import { RegionControl, RegionPreview } from './regionWidget.ts';
import { mergeLocale, ZH_HANS_EXTRA } from './zhHansExtra.ts';
import { showFindings, showHelp, showImport, showWorking, type CheckAnswer } from './panels.ts';

interface DeskSetup {
  config: Record<string, unknown>;
  kindSlugs: Record<string, string>;
  fieldOrder: Record<string, string[]>;
  scalarLists: string[];
  /** Whether this server runs the content checks (the local desk) or a Git host's build does. */
  checks: boolean;
}

type Entry = { get(key: string): unknown; getIn(path: string[]): unknown; setIn(path: string[], value: unknown): Entry };
type Formatter = { fromFile(content: string): unknown; toFile(data: Record<string, unknown>): string };
type CMSApi = {
  init(options: { config: Record<string, unknown> }): void;
  registerLocale(locale: string, strings: unknown): void;
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerWidget(name: string, control: unknown, preview: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: Entry }) => unknown }): void;
};
const CMS = DecapCMS as unknown as CMSApi;

async function main(): Promise<void> {
  const setup = (await fetch('desk.json').then((response) => response.json())) as DeskSetup;

  CMS.registerLocale('zh_Hans', mergeLocale(zh_Hans as never, ZH_HANS_EXTRA));
  // The widget names src/desk/deskConfig.ts gives the date fields and the unit's region.
  CMS.registerWidget('chinese-date', DateControl, DatePreview);
  CMS.registerWidget('region-picker', RegionControl, RegionPreview);

  // One format per collection: a new field goes where the schema puts it.
  const formats: Record<string, Formatter> = { metrics: { fromFile: fromMetricsFile, toFile: toMetricsFile } };
  for (const collection of ['units', 'reports']) {
    const options = { fieldOrder: setup.fieldOrder[collection] ?? [], scalarLists: setup.scalarLists };
    formats[collection] = { fromFile: fromEntryFile, toFile: (data) => toEntryFile(data, options) };
    CMS.registerCustomFormat(`${collection}-mdx`, 'mdx', formats[collection]);
  }
  CMS.registerCustomFormat('yaml-metrics', 'yaml', formats.metrics!);

  // New files are named from the form: a unit by the id the editor gives, a report by
  // its year and the ASCII slug of its kind (2023-work-summary.mdx), as the checks expect.
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data') as { get(key: string): unknown; set(key: string, value: unknown): unknown };
      if (entry.get('collection') === 'reports') return data.set('deskKindSlug', setup.kindSlugs[String(data.get('kind'))] ?? 'report');
      if (entry.get('collection') === 'units' && entry.get('newRecord') && !data.get('deskFileName')) {
        throw new Error('请先填写「单位编号（文件名）」：小写英文或拼音，如 hoxud-highway-branch');
      }
      return data;
    },
  });

  // Decap awaits preSave listeners and saves nothing when one throws: the form stays as
  // the editor left it, and its error notice names the problem. The dev server's gate
  // refuses such a write too; checking here is what puts the messages beside the form.
  let checked: { path: string; answer: CheckAnswer } | undefined;
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      checked = undefined;
      const collection = String(entry.get('collection'));
      const path = savedPath(entry, setup.kindSlugs);
      const format = formats[collection];
      if (!setup.checks || !path || !format) return undefined;
      const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
      const raw = format.toFile(data);
      showWorking(path);
      const answer = await check({ path, raw: raw.endsWith('\n') ? raw : `${raw}\n` });
      showFindings(path, answer, 'before');
      if (answer.failed) throw new Refusal('检查没有运行，没有保存：请看运行 npm run desk 的终端窗口');
      if (answer.errorCount > 0)
        throw new Refusal(`有 ${answer.errorCount} 个错误，没有保存。已填写的内容都还在表单里，按右下角的说明改正后再保存。`);
      checked = { path, answer };
      return undefined;
    },
  });
  CMS.registerEventListener({
    name: 'postSave',
    handler: () => {
      if (checked) showFindings(checked.path, checked.answer, 'after');
    },
  });

  showHelp();
  // Importing writes files through the dev server, which only the local desk has.
  if (setup.checks) showImport();
  CMS.init({ config: setup.config });
}

/** Where Decap writes the entry: its path, or for a new entry the path its slug template gives. */
function savedPath(entry: Entry, kindSlugs: Record<string, string>): string | undefined {
  const known = entry.get('path');
  if (typeof known === 'string' && known) return known;
  const field = (name: string) => String(entry.getIn(['data', name]) ?? '');
  if (entry.get('collection') === 'units') return field('deskFileName') ? `src/content/units/${field('deskFileName')}.mdx` : undefined;
  if (entry.get('collection') === 'reports')
    return `src/content/reports/${field('unit')}/${field('year')}-${kindSlugs[field('kind')] ?? 'report'}.mdx`;
  return undefined;
}

/** Decap's notice prints the error as `name: message`; a Chinese name instead of "Error". */
class Refusal extends Error {
  override name = '内容检查';
}

async function check(file: { path: string; raw: string }): Promise<CheckAnswer> {
  try {
    const response = await fetch('check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ files: [file] }),
    });
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()) as CheckAnswer;
  } catch {
    return { lines: [], errorCount: 0, warningCount: 0, summary: '', failed: true };
  }
}

void main();
