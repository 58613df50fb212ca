// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import contentChecks from './integrations/contentChecks';
import { collectionStorage } from './integrations/contentStorage';
import desk from './integrations/desk';
import pagefind from './integrations/pagefind';
import previousOutput from './integrations/previousOutput';

// The public address of the showcase; feeds and the sitemap need absolute URLs.
// Set SITE_URL when deploying, and pass `--base /sub-path/` to serve under a sub-path.
const site = process.env.SITE_URL ?? 'https://showcase.example.org';

// Pages per part of the search index (see integrations/pagefind.ts): lower it on a
// build machine with little memory; each part costs a search one more index chunk.
const pagesPerPart = Number(process.env.SEARCH_PAGES_PER_PART) || undefined;

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Reports and profiles carry no code blocks; Shiki's highlighting would only need
  // inline styles that the CSP below refuses (and Astro warns about that on every build).
  markdown: { syntaxHighlight: false },
  integrations: [
    // The editor's desk (npm run desk); before contentChecks, so it stays reachable while an
    // entry has an error. To publish it at /admin/ with the site, editing through a Git host:
    // desk({ gitHost: { name: 'gitlab', repo: 'office/showcase', auth_type: 'pkce', app_id: '…' } }),
    desk(),
    previousOutput(),
    mdx(),
    sitemap(),
    pagefind({ pagesPerPart }),
    // Last, so that its summary of what was published closes the build's log.
    contentChecks(),
  ],
  security: {
    // Astro writes a CSP <meta> on every page with the hashes of its own scripts and
    // styles; inline code without a hash is refused. 'self' admits the bundled chunks
    // and pagefind's files, and 'wasm-unsafe-eval' pagefind's WebAssembly search.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  experimental: {
    // One file for the synced content, or 20 MB chunks where one file would be too
    // long a string to bundle (about 50,000 reports; see integrations/contentStorage.ts).
    collectionStorage: collectionStorage(fileURLToPath(new URL('./src/content', import.meta.url))),
  },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX entry carries Astro's "use astro:head-inject" directive, which the
        // bundler reports once per file although Astro handles it; keep the log readable.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
