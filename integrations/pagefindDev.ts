/**
 * Search in `astro dev`: an in-memory pagefind index of the pages the dev server
 * renders, served at /pagefind/ and rebuilt after a change under src/.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as pagefind from 'pagefind';
import type { ViteDevServer } from 'vite';
import { SEARCH_PARTS_MANIFEST } from '../src/lib/searchParts.ts';
import { crawlHtmlPages } from './crawlSite.ts';

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  wasm: 'application/wasm',
};

/**
 * Builds an in-memory search bundle from the pages the dev server renders: the
 * crawl starts at the home page, so new and edited entries are searchable as soon
 * as they render. Chosen over re-using the last build's index, which would miss
 * exactly the entries an editor is previewing.
 */
async function indexDevPages(home: URL, logger: AstroIntegrationLogger): Promise<Map<string, Uint8Array>> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    const pages = await crawlHtmlPages(home);
    for (const page of pages) {
      const url = '/' + page.url.pathname.slice(home.pathname.length);
      const added = await index.addHTMLFile({ url, content: page.html });
      if (added.errors.length > 0) logger.warn(`search index: ${url}: ${added.errors.join('; ')}`);
    }
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(bundle.errors.join('\n'));
    logger.info(`search index: ${pages.length} dev pages indexed`);
    const files = new Map(bundle.files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    // The dev index is one part: no others to merge.
    return files.set(SEARCH_PARTS_MANIFEST, new TextEncoder().encode('[]\n'));
  } finally {
    await pagefind.close();
  }
}

/** Serves `<base>pagefind/*` in `astro dev`, re-indexing after any change under src/. */
export function serveDevSearch(server: ViteDevServer, logger: AstroIntegrationLogger): void {
  let bundle: Promise<Map<string, Uint8Array>> | undefined;
  server.watcher.on('all', (_event, file) => {
    if (file.includes('/src/')) bundle = undefined;
  });
  server.middlewares.use((request, response, next) => void serve(request, response, next));
  async function serve(request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): Promise<void> {
    const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
    const prefix = `${base}pagefind/`;
    const path = new URL(request.url ?? '/', 'http://dev').pathname;
    if (!path.startsWith(prefix)) {
      next();
      return;
    }
    try {
      bundle ??= indexDevPages(new URL(base, `http://${request.headers.host}`), logger);
      const file = (await bundle).get(path.slice(prefix.length));
      if (!file) {
        response.statusCode = 404;
        response.end();
        return;
      }
      response.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
      response.end(file);
    } catch (error) {
      bundle = undefined;
      next(error);
    }
  }
}
