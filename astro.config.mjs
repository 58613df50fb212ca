// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The public address of the showcase; feeds and the sitemap need absolute URLs.
// Set SITE_URL when deploying, and pass `--base /sub-path/` to serve under a sub-path.
const site = process.env.SITE_URL ?? 'https://showcase.example.org';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
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
