/**
 * CSV as spreadsheet programs read it (RFC 4180): comma-separated, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break. Written by hand because
 * it is a dozen lines and the open-data files must not pull a parser into the build.
 */

/** Excel reads a CSV as the local code page (GBK in China) unless it starts with a UTF-8 byte order mark. */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | undefined | null;

function csvCell(cell: CsvCell): string {
  if (cell === undefined || cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV text with a byte order mark, so Excel shows the Chinese. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A link target that downloads the CSV without a request, so it also works offline and without JavaScript. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
