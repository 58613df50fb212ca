/** Cache keys for Astro's incremental build: a page re-renders only when the data it shows changes. */
import { createHash } from 'node:crypto';

/**
 * A short key for the data a page is rendered from: equal data, equal key. Astro's
 * incremental build (experimental.incrementalBuild) re-renders a page of
 * getStaticPaths only when its key changes, so the key must cover everything the
 * page shows besides its own entry's body, which Astro tracks itself.
 */
export function cacheKeyOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

/**
 * Whether an entry's source draws figures from other entries: an MDX body's
 * `<MetricChart metric="…" />` shows figures from any report (editorChart), so the
 * key of a page holding one must change when they do.
 */
export const drawsOthersFigures = (source: string) => /<MetricChart\b/.test(source);
