import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Sentences that exist only in the sample's draft and its embargoed report. */
const UNPUBLISHED = [
  { sentence: '草稿测试句：鄂托克旗信访局拟于明年春季开展“石榴籽”主题接访日活动。', path: 'reports/otog-petition-bureau/2024-plan/' },
  { sentence: '定时发布测试句：阳泉市流动人口服务站将新增三处便民窗口。', path: 'reports/yangquan-city/2024-status-report/' },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test('the sample content does hold a draft and an embargoed report with those sentences', () => {
  for (const { sentence, path } of UNPUBLISHED) {
    const source = readFileSync(join('src/content', path.replace(/\/$/, '.mdx')), 'utf8');
    expect(source).toContain(sentence);
    expect(source).toMatch(/^(draft: true|publishAt: 2099-)/m);
  }
});

for (const build of ['dist', 'dist-subpath']) {
  test(`drafts and embargoed reports are nowhere in ${build}/: pages, lists, feeds or sitemap`, () => {
    const files = filesUnder(build);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const { sentence, path } of UNPUBLISHED) {
        expect(text, `${file} holds an unpublished sentence`).not.toContain(sentence.slice(0, 12));
        expect(text, `${file} links an unpublished report`).not.toContain(path);
      }
    }
  });
}

test('the address of a draft answers 404', async ({ page }) => {
  for (const { path } of UNPUBLISHED) {
    const response = await page.goto(`./${path}`);
    expect(response?.status()).toBe(404);
  }
});
