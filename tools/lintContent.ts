/**
 * `npm run lint:content -- [--all] [--json] [--verbose] [file or folder]...`
 * Exits 1 when any error blocks publishing (the build would fail), 0 otherwise
 * (warnings do not block), 2 on a usage mistake. See docs/编辑指南.md, 发布前检查.
 */
import { formatFinding, formatPublication, formatSummary, lintContent } from '../src/checks/lintContent.ts';
import { parseToolArgs } from './cliArgs.ts';

const USAGE =
  '用法：npm run lint:content -- [--all] [--json] [--verbose] [文件或文件夹]...\n' +
  '  不写路径时检查 src/content 中的全部单位和材料（构建会做的全部检查）；\n' +
  '  --all 连草稿和禁发期内的材料一起做发布前检查；--json 输出给程序读的结果；--verbose 列出草稿和禁发的文件，出错时显示程序调用栈';

async function main(argv: string[]): Promise<number> {
  const parsed = parseToolArgs(
    argv,
    {
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  try {
    const result = await lintContent({ paths: positionals, includeDrafts: values.all });
    if (values.json) {
      const { publication, ...rest } = result;
      const files = (entries: { file: string }[]) => entries.map((entry) => entry.file);
      console.log(
        JSON.stringify(
          {
            ...rest,
            publication: {
              published: files(publication.published),
              drafts: files(publication.drafts),
              embargoed: publication.embargoed.map(({ entry, until }) => ({ file: entry.file, until })),
            },
          },
          null,
          2,
        ),
      );
    } else {
      for (const finding of result.findings) console.log(formatFinding(finding));
      console.log(formatSummary(result.errorCount, result.warningCount, result.fileCount));
      console.log(formatPublication(result.publication, values.verbose));
    }
    return result.errorCount > 0 ? 1 : 0;
  } catch (error) {
    // A failure of the checker itself, not of the content: say so plainly; the trace is for engineers.
    console.error(
      `检查程序出错：${error instanceof Error ? error.message : String(error)}（加 --verbose 或设置 DEBUG=1 可看到程序调用栈，请转给技术人员）`,
    );
    if (values.verbose || process.env.DEBUG) console.error(error);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
