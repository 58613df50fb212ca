/** Reads a raw report (.txt, .md, .docx) into text, whatever its encoding (UTF-8, GB18030…). */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { detect } from 'chardet';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';

/** A file the importer cannot turn into text; the message is shown to editors as is. */
export class UnreadableFileError extends Error {}

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

/**
 * Turns the bytes of a text file into a string, whatever the encoding editors'
 * tools saved it in: a BOM decides when there is one, otherwise strict UTF-8 is
 * tried first (it never validates by accident on GB18030 Chinese) and chardet
 * guesses the rest (GB18030/GBK, UTF-16 without BOM, …).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UnreadableFileError('文件是空的');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoding = bomEncoding(buffer) ?? (isUtf8(buffer) ? 'utf-8' : detect(buffer));
  if (!encoding || !iconv.encodingExists(encoding)) {
    throw new UnreadableFileError(`无法识别文字编码${encoding ? `（${encoding}）` : ''}，请另存为 UTF-8 后再导入`);
  }
  const text = iconv.decode(buffer, encoding).replace(/^\uFEFF/, '');
  if (looksBinary(text)) throw new UnreadableFileError('不是文本文件（内容是二进制数据）');
  if (text.trim() === '') throw new UnreadableFileError('文件里没有文字');
  return text;
}

function bomEncoding(buffer: Buffer): string | undefined {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return 'utf-8';
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf-16le';
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be';
  return undefined;
}

function isUtf8(buffer: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}

/** NUL bytes, undecodable bytes or many control characters mean an image, archive or program, not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (sample.includes('\u0000')) return true;
  // eslint-disable-next-line no-control-regex -- control characters are what betray a binary file
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\uFFFD]/g)?.length ?? 0;
  return odd > Math.max(2, sample.length * 0.02);
}

/** Reads one source file as plain text: Word files through mammoth, the rest through {@link decodeText}. */
export async function readSource(path: string): Promise<string> {
  const extension = extname(path).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
    const hint = extension === '.doc' || extension === '.wps' ? '，请在 Word 中另存为 .docx' : '';
    throw new UnreadableFileError(`不支持的文件类型「${extension || '无扩展名'}」，只能导入 .txt、.md、.docx${hint}`);
  }
  const bytes = await readFile(path);
  if (extension !== '.docx') {
    const text = decodeText(bytes);
    return extension === '.md' ? plainMarkdown(text) : text;
  }
  if (bytes.length === 0) throw new UnreadableFileError('文件是空的');
  let text: string;
  try {
    ({ value: text } = await mammoth.extractRawText({ buffer: bytes }));
  } catch {
    throw new UnreadableFileError('Word 文件已损坏或不是 .docx 格式，请用 Word 打开后重新另存为 .docx');
  }
  if (text.trim() === '') throw new UnreadableFileError('Word 文件里没有文字');
  return text;
}

/**
 * Markdown sources keep their words but lose their own markup, so that headings
 * and emphasis go through the same detection as pasted text; `**` pairs would
 * otherwise be taken for the 「**局」 placeholders scraped reports use.
 */
function plainMarkdown(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1');
}
