/**
 * The content collections. Their schemas live in src/lib/schemas.ts so the content
 * checks (src/checks/) apply the very same rules before Astro reads a file.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { keptIn } from './lib/collections';
import { loadMetricDefinitions, parseMetricDefinitions } from './lib/metricDefinitions';
import { metricSchema, reportCover, reportSchema, unitSchema } from './lib/schemas';
import type { MetricDefinition } from './lib/metricDefinitions';
import { z } from 'astro/zod';

/**
 * The editable metric definitions. Both the collection and the report schema (which
 * checks each figure against its metric) read them through src/lib/metricDefinitions.ts,
 * the reader the content checks use too, so all three see the same definitions.
 */
const METRICS_FILE = 'src/content/metrics.yaml';

/**
 * Entries are .mdx, or .md when they need no component and no link inside the site
 * (ContentLink adds `base` to those in MDX only): Markdown is rendered while content
 * syncs, without a module per entry for the bundler, which makes large showcases build
 * much faster (npm run bench).
 */
const ENTRY_FILES = '**/*.{md,mdx}';

/**
 * Where entries come from. No page reads an entry's raw body (the checks read the files
 * themselves), so Astro's store keeps only the data and the rendered HTML: about 7.6 KB
 * a report (2,000 reports: 15.1 MB) instead of 12.6 KB (50,000 reports: 628 MB).
 */
const entriesIn = (base: string) => glob({ pattern: ENTRY_FILES, base, retainBody: false });

const units = defineCollection({
  loader: entriesIn('./src/content/units'),
  schema: ({ image }) => unitSchema(image()),
});

/**
 * The report schema, built once per version of metrics.yaml: Astro calls the schema
 * function for every entry, and building it whole each time (re-reading the metrics
 * too) took 5.5 s of a 2,000-report content sync in a CPU profile. Each entry extends it
 * with a cover of its own `image()`; the field keeps its place and its hint.
 */
const reportSchemaOf = (definitions: readonly MetricDefinition[]) => reportSchema(reference('units'), definitions, z.never());
const reportSchemas = new WeakMap<readonly MetricDefinition[], ReturnType<typeof reportSchemaOf>>();

const reportSchemaFor = (definitions: readonly MetricDefinition[]) => keptIn(reportSchemas, definitions, () => reportSchemaOf(definitions));

const reports = defineCollection({
  loader: entriesIn('./src/content/reports'),
  schema: ({ image }) => reportSchemaFor(loadMetricDefinitions(METRICS_FILE)).extend({ cover: reportCover(image()) }),
});

const metrics = defineCollection({
  loader: file(METRICS_FILE, { parser: parseMetricDefinitions }),
  schema: metricSchema,
});

export const collections = { units, reports, metrics };
