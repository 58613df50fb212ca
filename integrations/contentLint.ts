import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatFinding, formatSummary, lintContent } from '../src/checks/lintContent.ts';

/**
 * Runs the publication checks (src/checks) before Astro renders, so `npm run build`
 * refuses published content that holds personal data, template placeholders or
 * figures without their number, naming each file and line.
 */
export default function contentLint(): AstroIntegration {
  let root: string | undefined;
  return {
    name: 'unity-showcase:content-lint',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const result = await lintContent({ root });
        for (const finding of result.findings) {
          if (finding.severity === 'error') logger.error(formatFinding(finding));
          else logger.warn(formatFinding(finding));
        }
        logger.info(formatSummary(result.errorCount, result.warningCount, result.fileCount));
        if (result.errorCount > 0) {
          throw new Error(`发布前检查发现 ${result.errorCount} 个错误，已停止构建（运行 npm run lint:content 查看详情）`);
        }
      },
    },
  } satisfies AstroIntegration;
}
