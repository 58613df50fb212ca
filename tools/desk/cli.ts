/**
 * `npm run desk`: the dev site and decap-server (MODE=fs: it reads and writes the
 * working tree, never switches branches) together, and the desk's address. Ctrl+C
 * stops both; if one stops on its own, the other is stopped too.
 *
 *   npm run desk [-- --port 4321] [--backend-port 8081]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DESK_BACKEND_ENV } from '../../integrations/desk.ts';

const root = process.cwd();
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? NaN : Number(process.argv[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const port = option('port', 4321);
const backendPort = option('backend-port', 8081);
const host = '127.0.0.1';
const backendUrl = `http://${host}:${backendPort}/api/v1`;
const deskUrl = `http://${host}:${port}/admin/`;

const children: ChildProcess[] = [];
let stopping = false;

function start(name: string, script: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${name} 已停止（退出码 ${code ?? '无'}），编辑台随之关闭。`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(code: number): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const left = children.filter((child) => child.exitCode === null);
  if (left.length === 0) process.exit(code);
  let waiting = left.length;
  for (const child of left) child.on('exit', () => --waiting === 0 && process.exit(code));
  setTimeout(() => process.exit(code), 5000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('decap-server', 'node_modules/decap-server/dist/index.js', [], {
  MODE: 'fs',
  PORT: String(backendPort),
  BIND_HOST: host,
  GIT_REPO_DIRECTORY: root,
  LOG_LEVEL: 'warn',
});
start('astro dev', 'node_modules/astro/bin/astro.mjs', ['dev', '--port', String(port), '--host', host], {
  [DESK_BACKEND_ENV]: backendUrl,
  ASTRO_TELEMETRY_DISABLED: '1',
});

for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
  const up = await fetch(deskUrl)
    .then((response) => response.ok)
    .catch(() => false);
  if (up) {
    console.log(`\n编辑台已启动：${deskUrl}\n预览网站：http://${host}:${port}/\n按 Ctrl+C 关闭编辑台和预览网站。\n`);
    break;
  }
  await new Promise((done) => setTimeout(done, 500));
}
