import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkTree } from '../../integrations/linkTree';

describe('linkTree', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'link-tree-'));
    made.push(dir);
    return dir;
  };

  it('puts every file, in nested folders too, into the other folder as a link to the same bytes', () => {
    const from = folder();
    mkdirSync(join(from, 'index'), { recursive: true });
    writeFileSync(join(from, 'pagefind-entry.json'), '{}');
    writeFileSync(join(from, 'index/zh-cn_1.pf_index'), '索引');
    const to = join(folder(), 'part');
    linkTree(from, to);
    expect(readFileSync(join(to, 'index/zh-cn_1.pf_index'), 'utf8')).toBe('索引');
    expect(statSync(join(to, 'pagefind-entry.json')).ino).toBe(statSync(join(from, 'pagefind-entry.json')).ino);
  });

  it('leaves out the entries of the top folder that `skip` names', () => {
    const from = folder();
    mkdirSync(join(from, 'part-1'));
    writeFileSync(join(from, 'part-1/pagefind-entry.json'), '{}');
    writeFileSync(join(from, 'pagefind-entry.json'), '{}');
    const to = folder();
    linkTree(from, to, (name) => name === 'part-1');
    expect(existsSync(join(to, 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(to, 'part-1'))).toBe(false);
  });
});
