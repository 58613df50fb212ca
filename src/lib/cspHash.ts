/** Content-Security-Policy hashes of inline styles and scripts. */
import { createHash } from 'node:crypto';

/** The CSP source that admits exactly this inline `<style>` or `<script>` text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
