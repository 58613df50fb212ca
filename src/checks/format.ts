import type { Finding } from './types.ts';

const SEVERITY_LABELS = { error: '错误', warning: '警告' } as const;

/** `file:line:column  severity  rule  message（改法：hint）` — one line, so editors' editors and grep can jump to it. */
export function formatFinding(finding: Finding): string {
  const { file, line, column, severity, rule, message, hint } = finding;
  return `${file}:${line}:${column}  ${SEVERITY_LABELS[severity]}  ${rule}  ${message}（改法：${hint}）`;
}

/** The closing line: how many of each, and whether publishing is blocked. */
export function formatSummary(errorCount: number, warningCount: number, fileCount: number): string {
  const verdict = errorCount > 0 ? '有错误，改正后才能发布' : '可以发布';
  return `检查了 ${fileCount} 个文件：${errorCount} 个错误，${warningCount} 个警告。${verdict}。`;
}
