import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Pagefind from 'pagefind';
import { serveDevSearch } from './pagefindDev';

/** The part of pagefind's Node API the build uses; tests pass a mock. */
export type PagefindApi = Pick<typeof Pagefind, 'createIndex' | 'close'>;

/** Pagefind answers with a list of errors instead of throwing; turn them into a failed build. */
function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`pagefind could not ${step}:\n${errors.join('\n')}`);
}

/**
 * Indexes every HTML page of a built site and writes the search bundle into
 * `<siteDir>/pagefind/`. Pages mark what to index with data-pagefind-body, so lists
 * and navigation stay out of the index. The pagefind service is always closed.
 */
export async function buildSearchIndex(siteDir: string, api: PagefindApi): Promise<{ pages: number }> {
  try {
    const { index, errors } = await api.createIndex({});
    failOn(errors, 'start an index');
    if (!index) throw new Error('pagefind could not start an index');
    const added = await index.addDirectory({ path: siteDir });
    failOn(added.errors, `index ${siteDir}`);
    if (added.page_count === 0) throw new Error(`pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    failOn(written.errors, 'write the search bundle');
    return { pages: added.page_count };
  } finally {
    await api.close();
  }
}

/**
 * Runs pagefind at the end of `astro build`, so every build, at the root or under
 * `--base`, ships its search index. In `astro dev` it indexes the pages as the dev
 * server renders them (see pagefindDev.ts).
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'unity-showcase:pagefind',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        serveDevSearch(server, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await buildSearchIndex(fileURLToPath(dir), Pagefind);
        logger.info(`search index: read ${pages} built pages, indexed their data-pagefind-body content into pagefind/`);
      },
    },
  } satisfies AstroIntegration;
}
