/**
 * The content checks of src/content/metrics.yaml: readable, valid YAML, and what the
 * one reader of the file (src/lib/metricDefinitions.ts) says of its definitions,
 * each issue placed on its line. The valid definitions are what reports may use.
 */
import { readFile } from 'node:fs/promises';
import { judgeMetricDefinitions, type MetricDefinition, type MetricsFileIssue } from '../lib/metricDefinitions.ts';
import { splitMessage } from '../lib/schemaErrors.ts';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { fieldLabel, positionOf } from './schemaCheck.ts';
import type { Finding } from './types.ts';

/** `path` is read, `file` is how findings name it. */
export async function checkMetricsFile(path: string, file: string): Promise<{ definitions: MetricDefinition[]; findings: Finding[] }> {
  const finding = (at: { line: number; column: number }, message: string, hint: string, field?: string): Finding => ({
    file,
    field,
    ...at,
    severity: 'error',
    rule: 'schema',
    message,
    hint,
  });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { definitions: [], findings: [finding({ line: 1, column: 1 }, '找不到指标定义文件', '从项目仓库恢复 src/content/metrics.yaml')] };
  }
  const parsed = parseFrontmatter(text, 1);
  if (parsed.error) {
    const { line, column, message, hint } = parsed.error;
    return { definitions: [], findings: [{ ...finding({ line, column }, message, hint, '指标定义'), rule: 'yaml' }] };
  }
  const { definitions, issues } = judgeMetricDefinitions(parsed.value);
  const findings = issues.map((issue) => {
    const { message, hint } = splitMessage(issue.message);
    return finding(placeOf(issue, parsed), message, hint, fieldOf(issue));
  });
  return { definitions, findings };
}

function placeOf(issue: MetricsFileIssue, parsed: ParsedFrontmatter): { line: number; column: number } {
  if (issue.kind === 'not-a-list') return { line: 1, column: 1 };
  if (issue.kind === 'duplicate') return { line: positionOf(parsed, [issue.index, 'id']).line, column: 1 };
  return positionOf(parsed, [issue.index, ...issue.path]);
}

function fieldOf(issue: MetricsFileIssue): string | undefined {
  if (issue.kind === 'not-a-list') return undefined;
  if (issue.kind === 'duplicate') return 'id';
  return `第${issue.index + 1}个指标 ${fieldLabel(issue.path)}`.trim();
}
