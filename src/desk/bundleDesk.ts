/**
 * Bundles the desk's client (src/desk/client/desk.ts) with React, ReactDOM and the parts
 * of Decap CMS it registers (client/decapApp.ts) into one script, desk.js. React 19 ships
 * no browser build, so a bundler must join them; esbuild (already installed with Vite)
 * does it in a few seconds. The result is cached by the client sources' modification times.
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
    // Decap's dependencies still name Node's `global` and `process.env.NODE_ENV`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });
  return outFile;
}
