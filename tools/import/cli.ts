/**
 * `npm run import -- [--out dir] [--dry-run] [--json] [--force] <file or folder>...`
 * Turns raw reports into MDX drafts; see docs/编辑指南.md for the editor's view.
 */
import { relative, resolve } from 'node:path';
import { importReports } from '../../src/import/importReports.ts';
import { parseToolArgs } from '../cliArgs.ts';

const USAGE = '用法：npm run import -- [--out 目录] [--dry-run] [--json] [--force] <文件或文件夹>...';

const projectUnits = resolve(import.meta.dirname, '../../src/content/units');

async function main(argv: string[]): Promise<number> {
  const parsed = parseToolArgs(
    argv,
    {
      out: { type: 'string', default: 'src/content' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const result = await importReports(positionals, {
    out: values.out,
    unitFolders: [projectUnits],
    dryRun: values['dry-run'],
    force: values.force,
  });

  if (values.json) {
    const { entries, errors } = result;
    console.log(JSON.stringify({ entries, errors }, null, 2));
  } else {
    for (const { entry, path, written } of result.outputs) {
      const where = relative(process.cwd(), path);
      const state = values['dry-run'] ? '（试运行，未写入）' : written ? '' : '（未写入）';
      console.log(`${entry.file} → ${where}${state}`);
      console.log(`  ${entry.title}｜数据 ${entry.metrics.length} 项，待确认数字 ${entry.candidates.length} 个，提醒 ${entry.warnings.length} 条`);
      for (const warning of entry.warnings) console.log(`  ⚠ ${warning}`);
    }
    for (const { path, written } of result.proposedUnits) {
      if (written) console.log(`新单位草稿 → ${relative(process.cwd(), path)}`);
    }
    for (const error of result.errors) console.error(`✗ ${error.file}：${error.message}`);
    console.log(`共导入 ${result.entries.length} 篇，出错 ${result.errors.length} 处。`);
  }
  return result.errors.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
