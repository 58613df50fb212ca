import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesUnder, CHUNKED_ABOVE_BYTES, collectionStorageFor } from '../../integrations/contentStorage';

describe('collectionStorage', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('adds up the bytes of every file under the content folder, in nested folders too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-bytes-'));
    made.push(dir);
    mkdirSync(join(dir, 'reports/unit-a'), { recursive: true });
    writeFileSync(join(dir, 'metrics.yaml'), 'x'.repeat(10));
    writeFileSync(join(dir, 'reports/unit-a/2023-work-summary.md'), '民族团结'); // 12 bytes of UTF-8
    expect(bytesUnder(dir)).toBe(22);
  });

  it('counts a missing folder as empty', () => {
    expect(bytesUnder(join(tmpdir(), 'no-such-content-folder'))).toBe(0);
  });

  it('keeps one file up to the limit and chunks above it', () => {
    expect(collectionStorageFor(60 * 1024 ** 2)).toBe('single-file');
    expect(collectionStorageFor(CHUNKED_ABOVE_BYTES)).toBe('single-file');
    expect(collectionStorageFor(CHUNKED_ABOVE_BYTES + 1)).toBe('chunked');
  });
});
