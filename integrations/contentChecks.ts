/** The Astro integration that runs the content checks (src/checks) in `astro build` and `astro dev`. */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding, formatPublication, formatSummary, lintContent } from '../src/checks/lintContent.ts';
import { contentErrorPage } from '../src/checks/errorPage.ts';

type Result = Awaited<ReturnType<typeof lintContent>>;

/** `--verbose` (Astro's own flag) or DEBUG also lists drafts and embargoed files and keeps stack traces. */
export const verbose = () => process.argv.includes('--verbose') || Boolean(process.env.DEBUG);

/**
 * Set by `npm run build` (tools/build.ts), which runs the checks in its own process while
 * Astro starts, and prints them and the closing summary itself; Astro's then skip them.
 */
export const CONTENT_CHECKS_BY_PARENT = 'SHOWCASE_CONTENT_CHECKS_BY_PARENT';

/** What the checks' report needs of a logger: Astro's integration logger, or tools/build.ts's stand-in. */
export type ChecksLogger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

/**
 * Runs the content checks (src/checks) before Astro reads any entry: in `astro build`
 * at config time, before the content sync, so a broken file stops the build with
 * the same Chinese message `npm run lint:content` prints and never reaches Astro's
 * English errors or a page; in `astro dev` at start and after every change under
 * src/content/, answering page requests with the messages while errors remain.
 */
export default function contentChecks(): AstroIntegration {
  let root = process.cwd();
  let command = 'build';
  let checked: Result | undefined;
  return {
    name: 'unity-showcase:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command: current }) => {
        root = fileURLToPath(config.root);
        command = current;
      },
      'astro:config:done': async ({ logger }) => {
        if (command !== 'build' || process.env[CONTENT_CHECKS_BY_PARENT]) return;
        const result = await lintContent({ root });
        checked = result;
        report(result, logger);
        if (result.errorCount > 0) throw quietError(stopMessage(result.errorCount));
      },
      // The build's last word says what it published and what it held back.
      'astro:build:done': ({ logger }) => {
        if (checked) logger.info(formatPublication(checked.publication, verbose()));
      },
      'astro:server:setup': async ({ server, logger }) => {
        let current = await lintContent({ root });
        report(current, logger);
        server.middlewares.use((request, response, next) => {
          const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
          if (current.errorCount === 0 || !wantsPage) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(contentErrorPage(current.findings.filter((finding) => finding.severity === 'error').map(formatFinding)));
        });
        const recheck = async () => {
          const before = current.errorCount;
          current = await lintContent({ root });
          if (current.errorCount > 0 || before > 0) report(current, logger);
          server.ws.send({ type: 'full-reload' });
        };
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(join(root, 'src/content'))) return;
          clearTimeout(timer);
          timer = setTimeout(() => void recheck(), 150);
        });
      },
    },
  } satisfies AstroIntegration;
}

/** Why the build stopped, after the findings. */
export function stopMessage(errorCount: number): string {
  return `内容检查发现 ${errorCount} 个错误，已停止构建：按上面每行「—」后的说明改正，再运行 npm run build（npm run lint:content 可单独检查）`;
}

/** Prints every finding, then the count and what would be published. */
export function report(result: Result, logger: ChecksLogger): void {
  for (const finding of result.findings) {
    if (finding.severity === 'error') logger.error(formatFinding(finding));
    else logger.warn(formatFinding(finding));
  }
  logger.info(formatSummary(result.errorCount, result.warningCount, result.fileCount));
  logger.info(formatPublication(result.publication, verbose()));
}

/** An error Astro prints as its message alone: the findings above already say what to fix, a stack trace would bury them. */
function quietError(message: string): Error {
  const error = new Error(message);
  if (!verbose()) error.stack = '';
  return error;
}
