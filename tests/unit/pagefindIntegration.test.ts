import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, type PagefindApi } from '../../integrations/pagefind';

function mockPagefind(responses: { create?: string[]; add?: string[]; pages?: number; write?: string[]; noIndex?: boolean }) {
  const index = {
    addDirectory: vi.fn(async () => ({ errors: responses.add ?? [], page_count: responses.pages ?? 3 })),
    writeFiles: vi.fn(async () => ({ errors: responses.write ?? [], outputPath: '/site/pagefind' })),
  };
  const api = {
    createIndex: vi.fn(async () => ({ errors: responses.create ?? [], index: responses.noIndex ? undefined : index })),
    close: vi.fn(async () => null),
  };
  return { api: api as unknown as PagefindApi, index, close: api.close };
}

describe('buildSearchIndex', () => {
  it('indexes the built site and writes the bundle into its pagefind/ folder', async () => {
    const { api, index, close } = mockPagefind({ pages: 41 });
    await expect(buildSearchIndex('/site', api)).resolves.toEqual({ pages: 41 });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/pagefind' });
    expect(close).toHaveBeenCalledOnce();
  });

  it('fails loudly with pagefind’s message when indexing reports an error, and still closes pagefind', async () => {
    const { api, index, close } = mockPagefind({ add: ['Failed to parse reports/x/index.html'] });
    await expect(buildSearchIndex('/site', api)).rejects.toThrow(/pagefind could not index \/site:\nFailed to parse reports\/x\/index.html/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
  });

  it('fails when pagefind cannot start an index', async () => {
    const { api, close } = mockPagefind({ create: ['binary not found'], noIndex: true });
    await expect(buildSearchIndex('/site', api)).rejects.toThrow('binary not found');
    expect(close).toHaveBeenCalledOnce();
  });

  it('fails when writing the bundle reports an error', async () => {
    const { api } = mockPagefind({ write: ['disk full'] });
    await expect(buildSearchIndex('/site', api)).rejects.toThrow(/write the search bundle:\ndisk full/);
  });

  it('fails when there is nothing to index rather than shipping an empty search', async () => {
    const { api } = mockPagefind({ pages: 0 });
    await expect(buildSearchIndex('/site', api)).rejects.toThrow('found no pages');
  });
});
