/**
 * Refuses content files that are not UTF-8 text. Astro reads every entry as UTF-8,
 * so a GB18030 file would reach the page as mojibake (and fail the schema with
 * garbled values); the importer converts such files, the site must not guess.
 */
import { detect } from 'chardet';

/** What a file is instead of UTF-8 text, for the message; undefined when it is UTF-8 (with or without BOM). */
export function notUtf8(bytes: Uint8Array): string | undefined {
  const magic = binaryKind(bytes);
  if (magic) return magic;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16 编码';
  const hasNul = bytes.subarray(0, 4096).includes(0);
  if (!hasNul) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return undefined;
    } catch {
      // fall through to naming the encoding it seems to be in
    }
  }
  const guess = detect(bytes);
  if (guess && /^UTF-16|^UTF-32/i.test(guess)) return `${guess.toUpperCase()} 编码`;
  if (hasNul) return '二进制数据（不是文字）';
  return guess ? `${guess.toUpperCase()} 编码` : '无法识别的编码';
}

/** Files editors rename by mistake: a Word document or a picture saved as .mdx. */
function binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'Word（.docx）或压缩文件';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'Word 97–2003（.doc）或 WPS 文件';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'PDF 文件';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff)) return '图片';
  return undefined;
}
