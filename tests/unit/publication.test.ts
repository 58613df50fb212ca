import { describe, expect, it } from 'vitest';
import { isPublished } from '../../src/lib/publication';

const now = new Date('2024-06-01T00:00:00Z');

describe('isPublished', () => {
  it('an entry with neither draft nor publishAt is published', () => {
    expect(isPublished({}, now)).toBe(true);
  });

  it('draft false without an embargo is published', () => {
    expect(isPublished({ draft: false }, now)).toBe(true);
  });

  it('a draft is never published', () => {
    expect(isPublished({ draft: true }, now)).toBe(false);
  });

  it('a draft stays unpublished even after its publishAt has passed', () => {
    expect(isPublished({ draft: true, publishAt: new Date('2020-01-01T00:00:00Z') }, now)).toBe(false);
  });

  it('publishAt in the past is published', () => {
    expect(isPublished({ publishAt: new Date('2024-05-31T23:59:59Z') }, now)).toBe(true);
  });

  it('publishAt in the future is embargoed', () => {
    expect(isPublished({ publishAt: new Date('2024-06-01T00:00:01Z') }, now)).toBe(false);
  });

  it('publishAt exactly equal to now is published', () => {
    expect(isPublished({ publishAt: new Date(now.getTime()) }, now)).toBe(true);
  });

  it('one millisecond before publishAt is still embargoed', () => {
    expect(isPublished({ publishAt: new Date(now.getTime() + 1) }, now)).toBe(false);
  });
});
