import { describe, expect, it } from 'vitest';
import { joinBase } from '../../src/lib/urls';

describe('joinBase', () => {
  it('at the domain root a path keeps its single leading slash', () => {
    expect(joinBase('/', '/units/')).toBe('/units/');
  });

  it('the root path under the root base is just a slash', () => {
    expect(joinBase('/', '/')).toBe('/');
  });

  it('a sub-path base without a trailing slash gets exactly one slash', () => {
    expect(joinBase('/showcase', '/units/')).toBe('/showcase/units/');
  });

  it('a sub-path base with a trailing slash does not double it', () => {
    expect(joinBase('/showcase/', '/units/')).toBe('/showcase/units/');
  });

  it('a path without a leading slash is joined with one slash', () => {
    expect(joinBase('/showcase/', 'rss.xml')).toBe('/showcase/rss.xml');
    expect(joinBase('/showcase', 'rss.xml')).toBe('/showcase/rss.xml');
  });

  it('collapses several leading slashes of the path', () => {
    expect(joinBase('/showcase/', '///years/2023/')).toBe('/showcase/years/2023/');
  });

  it('the home page under a sub-path is the base with a trailing slash', () => {
    expect(joinBase('/showcase', '/')).toBe('/showcase/');
  });

  it('keeps the trailing slash or file name of the path as given', () => {
    expect(joinBase('/', '/tags/min-zu/')).toBe('/tags/min-zu/');
    expect(joinBase('/', '/rss.xml')).toBe('/rss.xml');
  });
});
