/**
 * What a build would publish, hold as a draft, or hold back until its embargo
 * lifts, judged as the site's queries judge it (src/lib/content.ts): a report of an
 * unpublished unit is not published either.
 */
import { isPublished } from '../lib/publication.ts';
import type { LintEntry } from './types.ts';

export interface Publication {
  published: LintEntry[];
  drafts: LintEntry[];
  embargoed: { entry: LintEntry; until: Date }[];
}

/** `parsed` holds the schema's output (dates as Date) of the entries that passed it. */
export function publicationOf(entries: readonly LintEntry[], parsed: ReadonlyMap<LintEntry, Record<string, unknown>>, now: Date): Publication {
  const fields = (entry: LintEntry) => {
    const data = parsed.get(entry) ?? entry.data;
    return { draft: data.draft === true, publishAt: data.publishAt instanceof Date ? data.publishAt : undefined };
  };
  const hiddenUnits = new Set(entries.filter((entry) => entry.kind === 'unit' && !isPublished(fields(entry), now)).map((entry) => entry.unitId));
  const result: Publication = { published: [], drafts: [], embargoed: [] };
  for (const entry of entries) {
    if (entry.kind === 'text') continue;
    const { draft, publishAt } = fields(entry);
    if (draft) result.drafts.push(entry);
    else if (publishAt && publishAt > now) result.embargoed.push({ entry, until: publishAt });
    else if (entry.kind === 'report' && hiddenUnits.has(entry.unitId)) result.drafts.push(entry);
    else result.published.push(entry);
  }
  result.embargoed.sort((a, b) => a.until.getTime() - b.until.getTime());
  return result;
}
