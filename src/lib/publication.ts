/** Whether an entry appears on the site: the one rule for drafts and embargoes, used by content.ts and the checks. */
import type { ReportData } from './schemas';

/** The frontmatter fields that decide whether an entry may appear on the site. */
export type PublicationFields = Partial<Pick<ReportData, 'draft' | 'publishAt'>>;

/** An entry is published when it is not a draft and its embargo, if any, has passed. */
export function isPublished(entry: PublicationFields, now: Date): boolean {
  if (entry.draft) return false;
  return !entry.publishAt || entry.publishAt.getTime() <= now.getTime();
}
