import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sweepAside } from '../../integrations/previousOutput';

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

  it('does nothing to an output folder that is not there yet', async () => {
    await sweepAside(join(root, 'none'), join(root, 'trash'));
    expect(existsSync(join(root, 'none'))).toBe(false);
  });
});
