/**
 * The desk's import, run as its own process by the dev server (integrations/desk.ts):
 * `node src/desk/importFile.ts <file>` imports one raw report into src/content with
 * the importer (src/import) and prints, as JSON, where each draft went and what the
 * importer warned about. A process of its own because the dev server's module runner
 * cannot load the importer after start-up, and a failing import must not take it down.
 */
import { join, relative } from 'node:path';
import { importReports } from '../import/importReports.ts';

const root = process.cwd();
const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: node src/desk/importFile.ts <file>');
const result = await importReports([file], { out: join(root, 'src/content'), unitFolders: [join(root, 'src/content/units')] });
console.log(
  JSON.stringify({
    reports: result.outputs.map(({ entry, path, written }) => ({
      path: relative(root, path),
      title: entry.title,
      warnings: entry.warnings,
      figures: entry.metrics.length,
      written,
    })),
    units: result.proposedUnits.filter((unit) => unit.written).map((unit) => relative(root, unit.path)),
    errors: result.errors.map((error) => error.message),
  }),
);
