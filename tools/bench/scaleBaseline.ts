/**
 * The baseline the showcase is measured against: the same report files in a bare
 * Astro 7 + @astrojs/mdx site with one plain page per report (as Astro's
 * examples/blog renders a post), indexed afterwards by the pagefind CLI.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, writeContent, type ContentFiles } from './scaleShowcase.ts';

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache' });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const reports = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/reports' }) });

export const collections = { reports };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const reports = await getCollection('reports');
  return reports.map((report) => ({ params: { id: report.id }, props: { report } }));
}

const { report } = Astro.props;
const { Content } = await render(report);
---
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>{report.data.title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{report.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`;

/** Writes the baseline site into `root`, with the reports of `files` as .mdx, as they are imported (its units are left out). */
export function writeBaseline(root: string, files: ContentFiles): void {
  const reports: ContentFiles = new Map(
    [...files].filter(([path]) => path.startsWith('reports/')).map(([path, text]) => [path.replace(/\.mdx?$/, '.mdx'), text]),
  );
  writeFileSync(join(root, 'package.json'), '{ "name": "scale-baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  mkdirSync(join(root, 'src/pages/reports'), { recursive: true });
  writeFileSync(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(root, 'src/pages/reports/[...id].astro'), PAGE);
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  writeContent(join(root, 'src/content'), reports);
}
