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
