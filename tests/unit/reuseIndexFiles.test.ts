import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindCli, pagefindPackage } from '../../integrations/pagefindCli';
import { listedFiles, removeUnlisted, seedPart } from '../../integrations/reuseIndexFiles';

describe('listedFiles', () => {
  const meta = [
    '1.6.0',
    [
      ['zh-cn_a1', 12, ''],
      ['zh-cn_b2', 30, ''],
    ],
    [['一', '丁', 'zh-cn_c3']],
    [['年份', 'zh-cn_d4']],
    [],
    [],
  ];

  it('reads the fragments, word chunks and filter chunks pagefind 1.6.0 lists', () => {
    expect(listedFiles(meta, { version: '1.6.0', pageCount: 2 })).toEqual({
      fragment: new Set(['zh-cn_a1', 'zh-cn_b2']),
      index: new Set(['zh-cn_c3']),
      filter: new Set(['zh-cn_d4']),
    });
  });

  it('refuses metadata it cannot be sure it reads right, saying how to go on', () => {
    expect(() => listedFiles(meta, { version: '1.7.0', pageCount: 2 })).toThrow(/not laid out as 1\.6\.0's \(version\).*clear the cache/);
    expect(() => listedFiles(['1.6.0', [{ hash: 'zh-cn_a1' }], [], []], { version: '1.6.0', pageCount: 1 })).toThrow('(pages)');
    expect(() => listedFiles(meta, { version: '1.6.0', pageCount: 3 })).toThrow('2 pages listed, 3 indexed');
  });
});

describe('a part indexed again from its previous files', () => {
  const projectRoot = join(import.meta.dirname, '../..');
  const index = pagefindCli(pagefindPackage(projectRoot).bin);
  const page = (text: string) =>
    `<html lang="zh-CN"><body><main data-pagefind-body><h1>${text}</h1><p>${text}的民族团结进步创建活动。</p></main></body></html>`;

  function site(texts: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'reuse-index-'));
    for (const [path, text] of Object.entries(texts)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), page(text));
    }
    return root;
  }

  /** Every file under `folder` with its bytes, by path. */
  const tree = (folder: string) =>
    Object.fromEntries(
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [
          join(entry.parentPath, entry.name).slice(folder.length),
          readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
        ]),
    );

  it('comes out file for file as the part indexed afresh', async () => {
    const pages = { 'a/index.html': '红寺堡区第二小学', 'b/index.html': '团结村', 'c/index.html': '兴隆街道' };
    const before = site(pages);
    await index({ siteDir: before, glob: '*/index.html', outputPath: join(before, 'pagefind') });

    const after = site({ ...pages, 'b/index.html': '团结村民委员会' });
    const seeded = join(after, 'pagefind');
    seedPart(join(before, 'pagefind'), seeded);
    await index({ siteDir: after, glob: '*/index.html', outputPath: seeded });
    // The changed page's old fragment and the word chunks it changed are not the new index's.
    expect(removeUnlisted(seeded)).toBeGreaterThan(0);

    const fresh = join(mkdtempSync(join(tmpdir(), 'reuse-index-fresh-')), 'pagefind');
    await index({ siteDir: after, glob: '*/index.html', outputPath: fresh });
    expect(tree(seeded)).toEqual(tree(fresh));
  });
});
