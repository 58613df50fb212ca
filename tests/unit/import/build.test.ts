import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReports } from '../../../src/import/importReports.ts';
import { buildWithContent } from '../../schema/fixtureSite.ts';
import { CORPUS_DIR } from './corpusFiles.ts';

describe('imported drafts', () => {
  it('build without error once draft is switched off', { timeout: 300_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-build-'));
    const sources = mkdtempSync(join(tmpdir(), 'import-build-sources-'));
    cpSync(CORPUS_DIR, sources, { recursive: true });
    // A unit the showcase does not know (so a proposed unit draft is built too), and
    // text MDX would read as code if it were not escaped.
    writeFileSync(
      join(sources, 'new-unit.txt'),
      '和硕县红柳村2023年民族团结进步创建工作总结\n2023年，我村认真开展创建工作，举办{民族团结}讲座<3>次，投入资金12万元，参学率100%。\n一、主要做法\n`代码` <div> {1+1} *强调* [链接](x) #标签 &amp; 都要原样显示。',
    );
    const result = await importReports([sources], { out, unitFolders: ['src/content/units'] });
    expect(result.errors).toEqual([]);
    expect(result.proposedUnits.map(({ unit }) => unit.name)).toEqual(['和硕县红柳村']);

    const content: Record<string, string> = {};
    for (const unit of readdirSync('src/content/units')) content[`units/${unit}`] = readFileSync(join('src/content/units', unit), 'utf8');
    for (const entry of readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
      const path = join(entry.parentPath, entry.name);
      // The corpus keeps its template placeholders (202_年, **局), which the publication
      // checks rightly refuse; accepting those findings leaves the MDX and schema to prove.
      // A proposed unit whose text names no place is left at 待定地区, which the region
      // check refuses, as it should: the editor writes the real region before publishing.
      content[relative(out, path)] = readFileSync(path, 'utf8')
        .replace('draft: true', 'draft: false\nallow: [placeholder, missing-number, duplicate-report]')
        .replace(/^region:\n {2}- "待定地区"$/m, 'region: [和硕县]');
    }
    content['metrics.yaml'] = readFileSync('src/content/metrics.yaml', 'utf8');
    const build = buildWithContent(content);
    expect(build.ok, build.output).toBe(true);
  });
});
