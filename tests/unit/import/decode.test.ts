import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, readSource } from '../../../src/lib/text/decode.ts';
import { draftsOf } from '../../../src/import/drafts.ts';
import { loadUnits } from '../../../src/import/units.ts';
import { corpusText } from './corpusFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-decode-'));
const source = corpusText('000_d972c68f3068e1b8.txt');
const units = loadUnits(['src/content/units']);

function saved(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function docxOf(text: string): Promise<Buffer> {
  const paragraphs = text.split('\n').map((line) => new Paragraph(line));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

describe('reading source files', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(`\uFEFF${source}`))).toBe(source);
    expect(decodeText(Buffer.from(source))).toBe(source);
  });

  it('detects GB18030 and UTF-16 by itself', () => {
    expect(decodeText(iconv.encode(source, 'gb18030'))).toBe(source);
    expect(decodeText(iconv.encode(source, 'utf-16le', { addBOM: true }))).toBe(source);
    expect(decodeText(iconv.encode(source, 'utf-16be', { addBOM: true }))).toBe(source);
  });

  // The first import after `npm ci` splits the division data into its per-province cache.
  it('imports the same report identically from UTF-8, GB18030, UTF-16 and .docx', { timeout: 60_000 }, async () => {
    const paths = [
      saved('report-utf8.txt', source),
      saved('report-gb.txt', iconv.encode(source, 'gb18030')),
      saved('report-utf16.txt', iconv.encode(source, 'utf-16le', { addBOM: true })),
      saved('report.docx', await docxOf(source)),
    ];
    const imported = await Promise.all(paths.map(async (path) => draftsOf(await readSource(path), 'report.txt', units)));
    const [reference, ...others] = imported.map((drafts) => drafts.map(({ entry, body }) => ({ entry, body })));
    expect(reference).toHaveLength(1);
    for (const other of others) expect(other).toEqual(reference);
  });

  it('refuses empty, binary and corrupt files with a reason', async () => {
    await expect(readSource(saved('empty.txt', ''))).rejects.toThrow('文件是空的');
    await expect(readSource(saved('blank.md', '  \n\n'))).rejects.toThrow('没有文字');
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0xff, 0xfe, 0x00, 0x12,
    ]);
    await expect(readSource(saved('image.txt', png))).rejects.toThrow(/二进制|编码/);
    await expect(readSource(saved('broken.docx', 'PK\u0003\u0004 not really a zip'))).rejects.toThrow('Word 文件已损坏');
    await expect(readSource(saved('old.doc', 'whatever'))).rejects.toThrow('另存为 .docx');
  });

  it('reads .md sources without their own markup', async () => {
    const text = await readSource(saved('report.md', '# 某某村2023年工作总结\n\n**重点**工作如下。'));
    expect(text).toBe('某某村2023年工作总结\n\n重点工作如下。');
  });
});
