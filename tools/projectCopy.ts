/** Copies of the project without its sample content, for builds over other content (schema tests, the scale bench, dev-server tests). */
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');

/** What of the real project a copy is built with: everything but the sample content. */
const PROJECT_FILES = ['tsconfig.json', 'package.json', 'public', 'integrations', 'tools', 'src'];
const SAMPLE_CONTENT = [join(projectRoot, 'src/content/units'), join(projectRoot, 'src/content/reports')];

/**
 * Copies the project into `root` without its sample content, for builds over other
 * content (the schema tests, the scale bench, the dev-server tests). The copy's
 * astro.config.mjs is the real one with Astro's and Vite's caches kept inside the copy:
 * node_modules is linked, not copied, so two copies' dev servers would otherwise
 * pre-bundle into the same node_modules/.vite at once and reload each other's pages.
 * `configExtras` adds more overrides, e.g. `experimental: { ... }`.
 */
export function copyProjectWithoutContent(root: string, configExtras = ''): void {
  for (const file of PROJECT_FILES) {
    cpSync(join(projectRoot, file), join(root, file), {
      recursive: true,
      filter: (source) => !SAMPLE_CONTENT.some((folder) => source.startsWith(folder)),
    });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  cpSync(join(projectRoot, 'astro.config.mjs'), join(root, 'astro.project.mjs'));
  const extras = configExtras ? `, ${configExtras}` : '';
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import config from './astro.project.mjs';\n` +
      `export default { ...config, cacheDir: './.astro-cache', vite: { ...config.vite, cacheDir: './.vite-cache' }${extras} };\n`,
  );
}
