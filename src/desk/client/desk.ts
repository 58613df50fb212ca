/**
 * The desk in the browser: Decap CMS with the project's collections (src/desk/deskConfig.ts,
 * served as /admin/desk.json), its Chinese strings completed, the project's file format,
 * and the content checks run after every save (POST /admin/check), their messages shown
 * beside the form. Bundled by src/desk/bundleDesk.ts with React and the decap-cms-app build.
 */
// decap-cms-app's UMD build takes React and ReactDOM from `require`; the bundle supplies them.
import CMSModule from 'decap-cms-app/dist/decap-cms-app.js';
import { zh_Hans } from 'decap-cms-locales';
import { fromEntryFile, fromMetricsFile, toEntryFile, toMetricsFile } from './entryFormat.ts';
import { mergeLocale, ZH_HANS_EXTRA } from './zhHansExtra.ts';
import { showFindings, showHelp, showImport, showWorking } from './panels.ts';

interface DeskSetup {
  config: Record<string, unknown>;
  kindSlugs: Record<string, string>;
  fieldOrder: Record<string, string[]>;
  scalarLists: string[];
  /** Whether this server runs the content checks (the local desk) or a Git host's build does. */
  checks: boolean;
}

type Entry = { get(key: string): unknown; getIn(path: string[]): unknown; setIn(path: string[], value: unknown): Entry };
type CMSApi = {
  init(options: { config: Record<string, unknown> }): void;
  registerLocale(locale: string, strings: unknown): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(content: string): unknown; toFile(data: Record<string, unknown>): string },
  ): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: Entry }) => unknown }): void;
};
const CMS = ((CMSModule as { default?: CMSApi }).default ?? CMSModule) as CMSApi;

async function main(): Promise<void> {
  const setup = (await fetch('desk.json').then((response) => response.json())) as DeskSetup;

  CMS.registerLocale('zh_Hans', mergeLocale(zh_Hans as never, ZH_HANS_EXTRA));

  // One format per collection: a new field goes where the schema puts it.
  for (const collection of ['units', 'reports']) {
    const options = { fieldOrder: setup.fieldOrder[collection] ?? [], scalarLists: setup.scalarLists };
    CMS.registerCustomFormat(`${collection}-mdx`, 'mdx', { fromFile: fromEntryFile, toFile: (data) => toEntryFile(data, options) });
  }
  CMS.registerCustomFormat('yaml-metrics', 'yaml', { fromFile: fromMetricsFile, toFile: toMetricsFile });

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

  // Decap awaits this listener before it shows the entry as saved, and hands it the
  // entry as it was before saving (a new entry has no path yet): so the path is worked
  // out here and the checks run without holding up the save.
  CMS.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      const path = savedPath(entry, setup.kindSlugs);
      if (path && setup.checks) void runChecks(path);
    },
  });

  showHelp();
  // Importing writes files through the dev server, which only the local desk has.
  if (setup.checks) showImport();
  CMS.init({ config: setup.config });
}

/** Where Decap wrote the entry: its path, or for a new entry the path its slug template gives. */
function savedPath(entry: Entry, kindSlugs: Record<string, string>): string | undefined {
  const known = entry.get('path');
  if (typeof known === 'string' && known) return known;
  const field = (name: string) => String(entry.getIn(['data', name]) ?? '');
  if (entry.get('collection') === 'units') return field('deskFileName') ? `src/content/units/${field('deskFileName')}.mdx` : undefined;
  if (entry.get('collection') === 'reports')
    return `src/content/reports/${field('unit')}/${field('year')}-${kindSlugs[field('kind')] ?? 'report'}.mdx`;
  return undefined;
}

async function runChecks(path: string): Promise<void> {
  showWorking(path);
  try {
    const response = await fetch('check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path }) });
    if (!response.ok) throw new Error(String(response.status));
    showFindings(path, await response.json());
  } catch {
    showFindings(path, { lines: [], errorCount: 0, warningCount: 0, summary: '', failed: true });
  }
}

void main();
