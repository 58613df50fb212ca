/**
 * The editor's desk as an Astro integration: serves Decap CMS at /admin/ on the dev
 * server that `npm run desk` starts, with its save gate and check endpoint, and
 * writes dist/admin/ only for a deployment with a Git host. Past 200 lines because
 * the dev middleware's three routes and the build output share one set-up.
 */
import type { AstroIntegration } from 'astro';
import { execFile } from 'node:child_process';
import { copyFileSync, createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundleDesk } from '../src/desk/bundleDesk.ts';
import type { FileChange } from '../src/desk/checkChanges.ts';
import { deskConfig, deskExtras, type GitHostBackend } from '../src/desk/deskConfig.ts';
import { provincePrefixes, townshipRows, upperDivisionRows } from '../src/desk/divisionData.ts';
import { createSaveGate } from '../src/desk/saveGate.ts';

/** Set by `npm run desk` (tools/desk/cli.ts): where decap-server answers. Without it the dev server has no desk. */
export const DESK_BACKEND_ENV = 'DESK_BACKEND_URL';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface DeskIntegrationOptions {
  /**
   * Publish the desk at /admin/ with the site, editing through this Git host (its
   * sign-in and editorial workflow). Without it `astro build` writes nothing of the desk.
   */
  gitHost?: GitHostBackend;
}

/**
 * The editor's desk on the dev server, at /admin/: Decap CMS configured from the
 * content schemas; POST /admin/check, which runs the content checks over an entry the
 * page is about to save and answers with their Chinese lines; and /admin/api/v1, the
 * way to decap-server, which refuses a write or delete the checks find an error in
 * (src/desk/saveGate.ts). Only `astro dev` started by
 * `npm run desk` serves it; `astro build` writes it into dist/admin/ only when the
 * site config names a Git host. It is listed before the content-checks integration
 * so the desk stays reachable while an entry has an error (that integration answers
 * every other page with the errors).
 */
export default function desk(options: DeskIntegrationOptions = {}): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let site: string | undefined;
  return {
    name: 'unity-showcase:desk',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ? new URL(base, config.site).href : undefined;
      },
      'astro:server:setup': ({ server, logger }) => {
        const backendUrl = process.env[DESK_BACKEND_ENV];
        if (!backendUrl) return;
        const prefix = `${base}admin/`;
        const gate = createSaveGate(root);
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (url.pathname === prefix.slice(0, -1)) return redirect(response, prefix);
          if (!url.pathname.startsWith(prefix)) return next();
          const name = url.pathname.slice(prefix.length);
          const answer = async () => {
            if (name === '' || name === 'index.html') return send(response, 'text/html; charset=utf-8', deskPage());
            if (name === 'desk.json')
              return send(
                response,
                TYPES['.json'] ?? '',
                JSON.stringify({
                  config: deskConfig({
                    root,
                    backend: { localUrl: `http://${request.headers.host ?? 'localhost'}${prefix}api/v1` },
                    siteUrl: `http://${request.headers.host ?? 'localhost'}${base}`,
                  }),
                  ...deskExtras(root),
                  checks: true,
                }),
              );
            if (name === 'desk.js') return stream(response, await bundleDesk(root));
            const divisions = divisionFile(name);
            if (divisions) return send(response, TYPES['.json'] ?? '', divisions);
            if (name === 'import' && request.method === 'POST')
              return send(response, TYPES['.json'] ?? '', JSON.stringify(await importUpload(root, request)));
            if (name === 'check' && request.method === 'POST') {
              const { files } = JSON.parse(await readBody(request)) as { files: FileChange[] };
              return send(response, TYPES['.json'] ?? '', JSON.stringify(await gate.check(files)));
            }
            if (name === 'api/v1' && request.method === 'POST') {
              const body = await readBody(request);
              const refusal = await gate.refusal(JSON.parse(body) as object);
              if (refusal) return send(response, TYPES['.json'] ?? '', JSON.stringify({ error: refusal }), 422);
              const answer = await fetch(backendUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
              return send(response, answer.headers.get('Content-Type') ?? TYPES['.json'] ?? '', await answer.text(), answer.status);
            }
            response.statusCode = 404;
            response.end();
          };
          answer().catch((error: unknown) => {
            logger.error(`编辑台出错：${error instanceof Error ? error.message : String(error)}`);
            response.statusCode = 500;
            response.end();
          });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!options.gitHost) return;
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        // On the host the content checks run in the build that publishes a merged entry, not on save.
        const setup = { config: deskConfig({ root, backend: options.gitHost, siteUrl: site }), ...deskExtras(root), checks: false };
        writeFileSync(join(out, 'index.html'), deskPage());
        writeFileSync(join(out, 'desk.json'), JSON.stringify(setup));
        copyFileSync(await bundleDesk(root), join(out, 'desk.js'));
        mkdirSync(join(out, 'divisions'));
        for (const file of ['upper', ...provincePrefixes()])
          writeFileSync(join(out, `divisions/${file}.json`), divisionFile(`divisions/${file}.json`) ?? '');
        logger.info(`编辑台已写入 ${relative(root, out)}/（经 ${options.gitHost.name} 登录和审核）`);
      },
    },
  } satisfies AstroIntegration;
}

/** The region picker's data (src/desk/divisionData.ts): divisions/upper.json, or divisions/53.json for a province's townships. */
function divisionFile(name: string): string | undefined {
  if (name === 'divisions/upper.json') return JSON.stringify(upperDivisionRows());
  const province = /^divisions\/(\d{2})\.json$/.exec(name)?.[1];
  return province ? JSON.stringify(townshipRows(province)) : undefined;
}

/** Saves an uploaded raw report in a temporary folder, under its own name, and runs the importer on it. */
async function importUpload(root: string, request: IncomingMessage) {
  const name = basename(decodeURIComponent(String(request.headers['x-file-name'] ?? '')));
  if (!/\.(docx|txt|md)$/i.test(name)) return { reports: [], units: [], errors: ['只能导入 .docx、.txt 或 .md 文件'] };
  const folder = mkdtempSync(join(tmpdir(), 'showcase-desk-import-'));
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    writeFileSync(join(folder, name), Buffer.concat(chunks));
    try {
      const run = await promisify(execFile)(process.execPath, [join(root, 'src/desk/importFile.ts'), join(folder, name)], {
        cwd: root,
        encoding: 'utf8',
      });
      return JSON.parse(run.stdout) as unknown;
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? error).trim();
      return { reports: [], units: [], errors: [`导入程序出错：${stderr.split('\n').pop() ?? ''}`] };
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function deskPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>编辑台 · 民族团结进步创建成果展示</title>
<style>
.desk-panel { position: fixed; right: 1rem; bottom: 1rem; z-index: 400; max-width: min(36rem, calc(100vw - 2rem)); max-height: 60vh; overflow: auto; background: #fff; border: 2px solid #2a6f3e; border-radius: 6px; padding: 0.75rem 1rem; font: 15px/1.6 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
.desk-panel.has-errors { border-color: #b3261e; }
.desk-panel h2 { font-size: 1rem; margin: 0 0 0.5rem; }
.desk-panel li.error { color: #b3261e; }
.desk-panel li.warning { color: #7a4d00; }
.desk-help { left: 1rem; right: auto; bottom: 3.5rem; }
.desk-help-button, .desk-import-button { position: fixed; left: 1rem; bottom: 1rem; z-index: 400; font: 15px system-ui, sans-serif; padding: 0.4rem 0.8rem; }
.desk-import-button { left: 7rem; }
.desk-import { left: 1rem; right: auto; bottom: 3.5rem; }
</style>
</head>
<body>
<script src="desk.js"></script>
</body>
</html>
`;
}

function send(response: ServerResponse, type: string, body: string, status = 200): void {
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  response.setHeader('Cache-Control', 'no-store');
  response.end(body);
}

function stream(response: ServerResponse, file: string): void {
  response.setHeader('Content-Type', TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
  createReadStream(file).pipe(response);
}

function redirect(response: ServerResponse, location: string): void {
  response.statusCode = 302;
  response.setHeader('Location', location);
  response.end();
}

/** The request's body as text; joined as bytes first, so a character split between chunks stays whole. */
async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
