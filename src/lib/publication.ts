/** The frontmatter fields that decide whether an entry may appear on the site. */
export interface PublicationFields {
  draft?: boolean;
  publishAt?: Date;
}

/** An entry is published when it is not a draft and its embargo, if any, has passed. */
export function isPublished(entry: PublicationFields, now: Date): boolean {
  if (entry.draft) return false;
  return !entry.publishAt || entry.publishAt.getTime() <= now.getTime();
}
