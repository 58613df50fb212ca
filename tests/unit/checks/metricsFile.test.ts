import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMetricsFile } from '../../../src/checks/metricsFile.ts';

const definition = (id: string, kind = 'count') =>
  `- id: ${id}\n  label: 开展活动\n  unit: 次\n  kind: ${kind}\n  aggregate: sum\n  description: 活动次数\n`;

describe('checkMetricsFile', () => {
  let dir: string;
  const check = async (text: string) => {
    const path = join(dir, 'metrics.yaml');
    writeFileSync(path, text, 'utf8');
    return checkMetricsFile(path, 'src/content/metrics.yaml');
  };
  const error = { file: 'src/content/metrics.yaml', severity: 'error', rule: 'schema' };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'metrics-file-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes a valid file and gives its definitions', async () => {
    const { definitions, findings } = await check(definition('events') + definition('funds'));
    expect(findings).toEqual([]);
    expect(definitions.map((d) => d.id)).toEqual(['events', 'funds']);
  });

  it('says a missing file must be restored', async () => {
    expect(await checkMetricsFile(join(dir, 'none.yaml'), 'src/content/metrics.yaml')).toEqual({
      definitions: [],
      findings: [{ ...error, line: 1, column: 1, message: '找不到指标定义文件', hint: '从项目仓库恢复 src/content/metrics.yaml' }],
    });
  });

  it('places a YAML mistake on its line', async () => {
    const { findings } = await check('- id: funds\n  label: [投入资金\n');
    expect(findings).toEqual([
      { ...error, rule: 'yaml', field: '指标定义', line: 2, column: 1, message: '方括号列表没有闭合', hint: expect.any(String) as string },
    ]);
  });

  it('says how a list is written when the file is none', async () => {
    const { findings } = await check('funds:\n  label: 投入资金\n');
    expect(findings).toEqual([{ ...error, line: 1, column: 1, message: '指标定义应为列表', hint: '每个指标以「- id: …」开头' }]);
  });

  it('names the definition and the field of a schema issue, on the field’s line, and keeps the valid definitions', async () => {
    const { definitions, findings } = await check(definition('events') + definition('rate', 'ratio'));
    expect(definitions.map((d) => d.id)).toEqual(['events']);
    expect(findings).toEqual([
      { ...error, field: '第2个指标 kind', line: 10, column: 9, message: '「ratio」不是可选的值', hint: '只能写以下之一：rate、amount、count' },
    ]);
  });

  it('names a repeated id on its line', async () => {
    const { definitions, findings } = await check(definition('events') + definition('events'));
    expect(definitions.map((d) => d.id)).toEqual(['events']);
    expect(findings).toEqual([{ ...error, field: 'id', line: 7, column: 1, message: '指标编号 events 重复', hint: '每个指标的 id 只能出现一次' }]);
  });
});
