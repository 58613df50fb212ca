import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent, writeShowcase } from '../../../tools/bench/scaleShowcase.ts';

describe('a showcase with more files than may be open at once', () => {
  it('is read in batches: 630 files under a limit of 400 open files are all checked', { timeout: 60_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'showcase-many-files-'));
    try {
      writeShowcase(root, generateContent(600));
      const lint = spawnSync('bash', ['-c', `ulimit -n 400 && "${process.execPath}" tools/lintContent.ts`], { cwd: root, encoding: 'utf8' });
      const output = lint.stdout + lint.stderr;
      expect(output).not.toContain('EMFILE');
      expect(output).toContain('检查了 631 个文件：0 个错误');
      expect(lint.status, output).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
