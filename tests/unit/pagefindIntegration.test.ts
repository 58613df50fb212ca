import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import pagefind, {
  buildSearchIndex,
  dealIntoParts,
  SEARCH_INDEX_JOB,
  searchablePages,
  siblingsGlob,
  type SearchIndexJob,
} from '../../integrations/pagefind';
import { pagefindCli, pagefindPackage, type PartIndexer } from '../../integrations/pagefindCli';

const marked = (text: string) => `<html lang="zh-CN"><body><nav>导航</nav><article data-pagefind-body>${text}</article></body></html>`;

/** A built site: three marked pages, a list page and a non-page file. */
function builtSite(): string {
  const site = mkdtempSync(join(tmpdir(), 'pagefind-site-'));
  const files: Record<string, string> = {
    'reports/a/2021-deeds/index.html': marked('事迹'),
    'reports/b/2022-plan/index.html': marked('计划'),
    'units/a/index.html': marked('简介'),
    'units/index.html': '<html><body><h1>创建单位</h1></body></html>',
    'data/reports.json': '[]',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  return site;
}

/** A stand-in for pagefind's command line: records each part it is asked for and writes one fragment per part. */
function fakeIndexer(failWith?: string) {
  const added: string[][] = [];
  const written: string[] = [];
  const building = vi.fn();
  const indexer: PartIndexer = async ({ siteDir, glob, outputPath }, whileBuilding) => {
    if (failWith) throw new Error(failWith);
    added.push([siteDir, glob]);
    building();
    whileBuilding?.();
    written.push(outputPath);
    // As pagefind writes fragments: gzipped JSON behind its signature, words split by zero-width spaces.
    mkdirSync(join(outputPath, 'fragment'), { recursive: true });
    const fragment = { url: `/part-${written.length}/`, content: '民族\u200b团结 进步' };
    const page = `zh-cn_000000${written.length}`;
    writeFileSync(join(outputPath, `fragment/${page}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
    // And its entry file and metadata, which list the fragment.
    const languages = { 'zh-cn': { hash: `zh-cn_meta${written.length}`, wasm: null, page_count: 1 } };
    writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages }));
    const meta = Buffer.concat([Buffer.from('pagefind_dcd'), encode(['1.6.0', [[page, 3, '']], [], [], [], []])]);
    writeFileSync(join(outputPath, `pagefind.zh-cn_meta${written.length}.pf_meta`), gzipSync(meta));
  };
  return { indexer, added, written, building };
}

describe('searchablePages', () => {
  it('finds the built pages marked data-pagefind-body', () => {
    expect(searchablePages(builtSite())).toEqual(['reports/a/2021-deeds/index.html', 'reports/b/2022-plan/index.html', 'units/a/index.html']);
  });
});

describe('siblingsGlob', () => {
  it('picks out a page with the other pages of its folder', () => {
    expect(siblingsGlob('reports/a/2021-deeds/index.html')).toBe('reports/a/*/index.html');
    expect(siblingsGlob('units/a/index.html')).toBe('units/*/index.html');
    expect(siblingsGlob('about/index.html')).toBe('*/index.html');
  });

  it('keeps a page that is not a folder’s index.html as it is', () => {
    expect(siblingsGlob('index.html')).toBe('index.html');
    expect(siblingsGlob('reports/print.html')).toBe('reports/print.html');
  });
});

describe('dealIntoParts', () => {
  const unitReports = (unit: string, count: number) => Array.from({ length: count }, (_, i) => `reports/${unit}/${2015 + i}-deeds/index.html`);
  const summary = (parts: { globs: string[]; pages: string[] }[]) => parts.map((part) => ({ globs: part.globs, pages: part.pages.length }));

  it('keeps a small site in one part', () => {
    expect(dealIntoParts(unitReports('a', 3), 6000)).toEqual([{ globs: ['reports/a/*/index.html'], pages: unitReports('a', 3) }]);
  });

  it('deals whole folders, the largest first into the emptiest part, so parts come out even', () => {
    const pages = [...unitReports('a', 5), ...unitReports('b', 4), ...unitReports('c', 3), ...unitReports('d', 2)];
    expect(summary(dealIntoParts(pages, 7))).toEqual([
      { globs: ['reports/a/*/index.html', 'reports/d/*/index.html'], pages: 7 },
      { globs: ['reports/b/*/index.html', 'reports/c/*/index.html'], pages: 7 },
    ]);
  });

  it('leaves out a part no folder went into', () => {
    expect(summary(dealIntoParts(unitReports('a', 10), 4))).toEqual([{ globs: ['reports/a/*/index.html'], pages: 10 }]);
  });
});

describe('buildSearchIndex', () => {
  let site: string;
  beforeEach(() => {
    site = builtSite();
  });

  it('indexes the marked pages into pagefind/ and lists no other parts on a small site', async () => {
    const { indexer, added, written } = fakeIndexer();
    await expect(buildSearchIndex(site, indexer)).resolves.toEqual({ pages: 3, parts: 1, reused: 0 });
    expect(added).toEqual([[site, '{reports/a/*/index.html,reports/b/*/index.html,units/*/index.html}']]);
    expect(written).toEqual([join(site, 'pagefind')]);
    expect(JSON.parse(readFileSync(join(site, 'pagefind/parts.json'), 'utf8'))).toEqual([]);
  });

  it('writes each part’s exact-phrase pre-filter from the fragments pagefind wrote', async () => {
    const { indexer } = fakeIndexer();
    await buildSearchIndex(site, indexer, { pagesPerPart: 2 });
    for (const [folder, page] of [
      ['pagefind', 1],
      ['pagefind/part-2', 2],
    ] as const) {
      const exact = join(site, folder, 'exact');
      expect(JSON.parse(readFileSync(join(exact, 'meta.json'), 'utf8'))).toMatchObject({ pages: 1, prefix: 'zh-cn_', digits: 7 });
      const grams = readdirSync(join(exact, 'grams')).map((file) => JSON.parse(readFileSync(join(exact, 'grams', file), 'utf8')) as object);
      expect(grams.find((chunk) => '族团结' in chunk)).toMatchObject({ 族团结: [page] });
    }
  });

  it('writes a large site in parts, one pagefind run each, and lists them for the search page', async () => {
    const { indexer, added, written } = fakeIndexer();
    await expect(buildSearchIndex(site, indexer, { pagesPerPart: 2 })).resolves.toEqual({ pages: 3, parts: 2, reused: 0 });
    expect(added).toEqual([
      [site, '{reports/a/*/index.html,units/*/index.html}'],
      [site, '{reports/b/*/index.html}'],
    ]);
    expect(written).toEqual([join(site, 'pagefind'), join(site, 'pagefind/part-2/')]);
    expect(JSON.parse(readFileSync(join(site, 'pagefind/parts.json'), 'utf8'))).toEqual(['part-2/']);
  });

  it('copies a part whose pages are unchanged from the cache, indexes the others, and drops stale entries', async () => {
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'pagefind-cache-')), 'not-made-yet');
    const entries = () => readdirSync(cacheDir).filter((entry) => entry !== 'last-build.json');
    const first = fakeIndexer();
    await buildSearchIndex(site, first.indexer, { pagesPerPart: 2, cacheDir, pagefindVersion: '1.6.0' });
    expect(first.added).toHaveLength(2);
    expect(entries()).toHaveLength(2);

    rmSync(join(site, 'pagefind'), { recursive: true });
    writeFileSync(join(site, 'reports/b/2022-plan/index.html'), marked('修改后的计划'));
    const second = fakeIndexer();
    await expect(buildSearchIndex(site, second.indexer, { pagesPerPart: 2, cacheDir, pagefindVersion: '1.6.0' })).resolves.toEqual({
      pages: 3,
      parts: 2,
      reused: 1,
    });
    expect(second.added).toEqual([[site, '{reports/b/*/index.html}']]);
    expect(existsSync(join(site, 'pagefind/parts.json'))).toBe(true);
    expect(entries()).toHaveLength(2);
    // The first part's cache entry holds its own files only, so nothing of the old second part comes back with it.
    for (const entry of entries()) expect(readdirSync(join(cacheDir, entry))).not.toContain('part-2');
    expect(readdirSync(join(site, 'pagefind/part-2/fragment'))).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(site, 'pagefind/part-2/exact/meta.json'), 'utf8'))).toMatchObject({ pages: 1 });

    const upgraded = fakeIndexer();
    await buildSearchIndex(site, upgraded.indexer, { pagesPerPart: 2, cacheDir, pagefindVersion: '1.7.0' });
    expect(upgraded.added).toHaveLength(2);
    expect(entries()).toHaveLength(2);
  });

  it('gives a part indexed again its previous files, then keeps only those its new metadata lists', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'pagefind-cache-'));
    await buildSearchIndex(site, fakeIndexer().indexer, { pagesPerPart: 2, cacheDir, pagefindVersion: '1.6.0' });
    // The first run wrote part 2's fragment as zh-cn_0000002; this run's indexer writes it as zh-cn_0000001.
    const seen: string[][] = [];
    const again = fakeIndexer();
    const indexer: PartIndexer = async (job, whileBuilding) => {
      seen.push(readdirSync(join(job.outputPath, 'fragment')));
      await again.indexer(job, whileBuilding);
    };
    writeFileSync(join(site, 'reports/b/2022-plan/index.html'), marked('修改后的计划'));
    await buildSearchIndex(site, indexer, { pagesPerPart: 2, cacheDir, pagefindVersion: '1.6.0' });
    expect(seen).toEqual([['zh-cn_0000002.pf_fragment']]);
    expect(readdirSync(join(site, 'pagefind/part-2/fragment'))).toEqual(['zh-cn_0000001.pf_fragment']);
    // The part's old cache entry is gone; the record names the entries of this build.
    const { parts } = JSON.parse(readFileSync(join(cacheDir, 'last-build.json'), 'utf8')) as { parts: string[] };
    expect(readdirSync(cacheDir).sort()).toEqual([...parts, 'last-build.json'].sort());

    // A record cut short only loses the head start: the part is indexed from nothing, and the record written anew.
    writeFileSync(join(cacheDir, 'last-build.json'), '{"pagefindVersion":"1.6');
    writeFileSync(join(site, 'reports/b/2022-plan/index.html'), marked('再次修改的计划'));
    const fresh = fakeIndexer();
    await buildSearchIndex(site, fresh.indexer, { pagesPerPart: 2, cacheDir, pagefindVersion: '1.6.0' });
    expect(fresh.added).toEqual([[site, '{reports/b/*/index.html}']]);
    expect(JSON.parse(readFileSync(join(cacheDir, 'last-build.json'), 'utf8'))).toMatchObject({ pagefindVersion: '1.6.0' });
  });

  it('fails with what pagefind said when a part cannot be indexed', async () => {
    const { indexer, written } = fakeIndexer('pagefind could not index the site:\nFailed to parse');
    await expect(buildSearchIndex(site, indexer)).rejects.toThrow(/Failed to parse/);
    expect(written).toEqual([]);
  });

  it('fails when no page is marked for the index rather than shipping an empty search', async () => {
    const { indexer } = fakeIndexer();
    await expect(buildSearchIndex(mkdtempSync(join(tmpdir(), 'pagefind-empty-')), indexer)).rejects.toThrow('found no pages');
  });
});

describe('pagefindCli', () => {
  const projectRoot = join(import.meta.dirname, '../..');
  const index = pagefindCli(pagefindPackage(projectRoot).bin);

  it('indexes the pages a glob picks out with the project’s pagefind, telling when it starts building', async () => {
    const site = builtSite();
    const outputPath = join(site, 'pagefind');
    const whileBuilding = vi.fn();
    await index({ siteDir: site, glob: '{reports/*/*/index.html}', outputPath }, whileBuilding);
    expect(whileBuilding).toHaveBeenCalledOnce();
    expect(existsSync(join(outputPath, 'pagefind-entry.json'))).toBe(true);
    expect(readdirSync(join(outputPath, 'fragment'))).toHaveLength(2);
  });

  it('fails with what pagefind printed when it cannot index', async () => {
    const site = builtSite();
    await expect(index({ siteDir: site, glob: 'nothing/*.html', outputPath: join(site, 'pagefind') })).rejects.toThrow(
      /pagefind could not index .*\n[\s\S]*not able to build an index/,
    );
  });

  it('fails when the work done while it builds fails', async () => {
    const site = builtSite();
    const failing = () => {
      throw new Error('pre-filter failed');
    };
    await expect(index({ siteDir: site, glob: '{units/*/index.html}', outputPath: join(site, 'pagefind') }, failing)).rejects.toThrow(
      'pre-filter failed',
    );
  });
});

describe('the integration under npm run build (tools/build.ts)', () => {
  it('hands the index over through SEARCH_INDEX_JOB instead of indexing while Astro holds its memory', async () => {
    const site = builtSite();
    const jobFile = join(mkdtempSync(join(tmpdir(), 'pagefind-job-')), 'job.json');
    const projectRoot = join(import.meta.dirname, '../..');
    const hooks = pagefind({ pagesPerPart: 7 }).hooks as Record<string, (options: object) => unknown>;
    const info = vi.fn();
    hooks['astro:config:done']!({ config: { root: pathToFileURL(`${projectRoot}/`), cacheDir: pathToFileURL(join(site, '../cache/')) } });
    vi.stubEnv(SEARCH_INDEX_JOB, jobFile);
    try {
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger: { info } });
    } finally {
      vi.unstubAllEnvs();
    }
    const job = JSON.parse(readFileSync(jobFile, 'utf8')) as SearchIndexJob;
    expect(job).toMatchObject({ siteDir: `${site}/`, pagesPerPart: 7, cacheDir: join(site, '../cache/search-index') });
    expect(job.pagefindVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(existsSync(job.pagefindBin)).toBe(true);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
    expect(info).toHaveBeenCalledWith('search index: written by npm run build once Astro has exited');
  });
});
