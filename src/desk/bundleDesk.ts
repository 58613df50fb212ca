/**
 * Bundles the desk's client (src/desk/client/desk.ts) with React, ReactDOM and
 * decap-cms-app's prebuilt file into one script. React 19 ships no browser build,
 * and decap-cms-app's prebuilt file expects React from outside, so a bundler must
 * join them; esbuild (already installed with Vite) does it in about a second.
 * Decap's lazily loaded chunks stay where they are and are served from its dist/.
 * The result is cached by the client sources' modification times.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CLIENT = join(import.meta.dirname, 'client');

export async function bundleDesk(root: string): Promise<string> {
  const outFile = join(root, 'node_modules/.astro/desk/desk.js');
  const newest = Math.max(...readdirSync(CLIENT).map((name) => statSync(join(CLIENT, name)).mtimeMs));
  if (existsSync(outFile) && statSync(outFile).mtimeMs > newest) return outFile;
  await build({
    entryPoints: [join(CLIENT, 'desk.ts')],
    outfile: outFile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return outFile;
}

/** Where decap-cms-app's chunks and WebAssembly files are, served beside desk.js. */
export function decapDist(root: string): string {
  return join(root, 'node_modules/decap-cms-app/dist');
}
