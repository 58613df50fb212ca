import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageEntries, removeUnwritten, sweepAside } from '../../integrations/previousOutput';

describe('sweepAside', () => {
  const root = mkdtempSync(join(tmpdir(), 'previous-output-'));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('empties the output folder at once but for .git, then deletes what it moved and what an earlier build left', async () => {
    const outDir = join(root, 'dist');
    const trashDir = join(root, 'cache/previous-output');
    mkdirSync(join(outDir, 'reports/a'), { recursive: true });
    mkdirSync(join(outDir, '.git'));
    writeFileSync(join(outDir, 'index.html'), '<p>old</p>');
    writeFileSync(join(outDir, 'reports/a/index.html'), '<p>old</p>');
    mkdirSync(join(trashDir, 'left-by-a-stopped-build'), { recursive: true });
    const sweeping = sweepAside(outDir, trashDir);
    expect(readdirSync(outDir)).toEqual(['.git']);
    await sweeping;
    expect(existsSync(trashDir)).toBe(false);
  });

  it('leaves the kept entries in place, and hands an entry it cannot move to `stuck`', async () => {
    const outDir = join(root, 'dist');
    mkdirSync(join(outDir, 'reports/a'), { recursive: true });
    mkdirSync(join(outDir, '_astro'));
    writeFileSync(join(outDir, 'reports/a/index.html'), '<p>old</p>');
    writeFileSync(join(outDir, '_astro/page.css'), 'p{}');
    await sweepAside(outDir, join(root, 'trash'), { kept: new Set(['reports']) });
    expect(readdirSync(outDir)).toEqual(['reports']);
  });

  it('does nothing to an output folder that is not there yet', async () => {
    await sweepAside(join(root, 'none'), join(root, 'trash'));
    expect(existsSync(join(root, 'none'))).toBe(false);
  });
});

describe('pageEntries and removeUnwritten', () => {
  const root = mkdtempSync(join(tmpdir(), 'previous-pages-'));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (path: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
  };

  it('keeps the entries that hold pages only, not assets, data or the search index', () => {
    for (const path of [
      'index.html',
      'reports/a/2023/index.html',
      'reports/b/2023/index.html',
      'data/reports.json',
      'pagefind/pagefind.js',
      '_astro/a.css',
      'rss.xml',
    ]) {
      write(path);
    }
    mkdirSync(join(root, '.git'));
    expect([...pageEntries(root)].sort()).toEqual(['index.html', 'reports']);
    expect(pageEntries(join(root, 'none')).size).toBe(0);
  });

  it('deletes the pages this build did not write and the folders left empty, and nothing it wrote', () => {
    for (const path of ['index.html', 'reports/a/2023/index.html', 'reports/a/2024/index.html', 'reports/b/2023/index.html']) write(path);
    const written = new Set(['index.html', 'reports/a/2023/index.html'].map((path) => join(root, path)));
    const removed = removeUnwritten(root, ['index.html', 'reports'], written);
    expect(removed.map((path) => path.slice(root.length + 1)).sort()).toEqual(['reports/a/2024/index.html', 'reports/b/2023/index.html']);
    expect(readdirSync(join(root, 'reports'))).toEqual(['a']);
    expect(readdirSync(join(root, 'reports/a'))).toEqual(['2023']);
    expect(existsSync(join(root, 'index.html'))).toBe(true);
  });
});
