/**
 * The two ways an editor accepts a finding on purpose, both visible in the file:
 * a frontmatter list `allow: [placeholder]` for the whole file, and a comment
 * naming the rules — `{/* lint-allow placeholder *\/}` in the body or
 * `# lint-allow placeholder` in the frontmatter — for its own line, or for the
 * next line when the comment stands alone.
 *
 * The content schema needs no `allow` field: zod objects drop unknown keys.
 */

const DIRECTIVE = /(?:\{\/\*|#)\s*lint-allow\s+([a-z][a-z-]*(?:\s*[,，、\s]\s*[a-z][a-z-]*)*)\s*(?:\*\/\})?/;

/** Rules named by a frontmatter `allow:` value, a list or a single rule id. */
export function allowListOf(data: Record<string, unknown>): Set<string> {
  const value = data.allow;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return new Set(items.map((item) => String(item).trim()));
}

/** Rules allowed per line (1-based) by lint-allow comments in the file's text. */
export function allowCommentsOf(text: string): Map<number, Set<string>> {
  const allowed = new Map<number, Set<string>>();
  text.split(/\r?\n/).forEach((line, index) => {
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const rules = (match[1] ?? '').split(/[\s,，、]+/).filter(Boolean);
    const standsAlone = line.replace(match[0], '').trim() === '';
    const target = standsAlone ? index + 2 : index + 1;
    allowed.set(target, new Set([...(allowed.get(target) ?? []), ...rules]));
  });
  return allowed;
}
