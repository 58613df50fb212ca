import { parseToolArgs } from './cliArgs.ts';
import { formatFinding, formatSummary, lintContent } from '../src/checks/lintContent.ts';

/**
 * `npm run lint:content -- [--all] [--json] [file or folder]...`
 * Exits 1 when any error blocks publishing, 0 otherwise (warnings do not block),
 * 2 on a usage mistake. See docs/编辑指南.md, 发布前检查.
 */
const USAGE = '用法：npm run lint:content -- [--all] [--json] [文件或文件夹]...\n  不写路径时检查 src/content 中将要发布的单位和材料；--all 连草稿一起检查；--json 输出给程序读的结果';

async function main(argv: string[]): Promise<number> {
  const parsed = parseToolArgs(
    argv,
    {
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const result = await lintContent({ paths: positionals, includeDrafts: values.all });
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    for (const finding of result.findings) console.log(formatFinding(finding));
    console.log(formatSummary(result.errorCount, result.warningCount, result.fileCount));
  }
  return result.errorCount > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
