import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMetricDefinitions } from '../../src/lib/metricDefinitions';

const METRICS_FILE = fileURLToPath(new URL('../../src/content/metrics.yaml', import.meta.url));

describe('loadMetricDefinitions on src/content/metrics.yaml', () => {
  const definitions = loadMetricDefinitions(METRICS_FILE);

  it('reads a non-empty list of definitions', () => {
    expect(Array.isArray(definitions)).toBe(true);
    expect(definitions.length).toBeGreaterThan(0);
  });

  it('includes the funds and participation-rate metrics with their fields', () => {
    expect(definitions.find((d) => d.id === 'funds')).toMatchObject({
      label: '投入资金',
      unit: '万元',
      kind: 'amount',
      aggregate: 'sum',
    });
    expect(definitions.find((d) => d.id === 'participation-rate')).toMatchObject({
      unit: '%',
      kind: 'rate',
      aggregate: 'mean',
    });
  });

  it('every id is unique', () => {
    const ids = definitions.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every definition has all six fields as non-empty strings', () => {
    for (const d of definitions) {
      for (const field of ['id', 'label', 'unit', 'kind', 'aggregate', 'description'] as const) {
        expect(typeof d[field], `${d.id}.${field}`).toBe('string');
        expect(d[field].length, `${d.id}.${field}`).toBeGreaterThan(0);
      }
    }
  });

  it('every kind and aggregate is one the code knows', () => {
    for (const d of definitions) {
      expect(['rate', 'amount', 'count']).toContain(d.kind);
      expect(['sum', 'mean', 'max']).toContain(d.aggregate);
    }
  });

  it('rates are in % and averaged; amounts are in 万元 and summed', () => {
    for (const d of definitions.filter((d) => d.kind === 'rate')) expect([d.unit, d.aggregate]).toEqual(['%', 'mean']);
    for (const d of definitions.filter((d) => d.kind === 'amount')) expect([d.unit, d.aggregate]).toEqual(['万元', 'sum']);
  });

  it('ids are ASCII kebab-case', () => {
    for (const d of definitions) expect(d.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('loadMetricDefinitions on a bad file', () => {
  let dir: string;
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text, 'utf8');
    return path;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'metrics-yaml-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('a mapping instead of a list is rejected, naming the file', () => {
    const path = write('mapping.yaml', 'funds:\n  label: 投入资金\n  kind: amount\n');
    expect(() => loadMetricDefinitions(path)).toThrow(`${path}: 应为指标列表`);
  });

  it('a list item without an id is rejected', () => {
    const path = write('no-id.yaml', '- id: funds\n  label: 投入资金\n- label: 参学率\n  kind: rate\n');
    expect(() => loadMetricDefinitions(path)).toThrow(/每项都要有 id/);
  });

  it('a numeric id is rejected', () => {
    const path = write('numeric-id.yaml', '- id: 42\n  label: 投入资金\n');
    expect(() => loadMetricDefinitions(path)).toThrow(/应为指标列表/);
  });

  it('a list of plain strings is rejected', () => {
    const path = write('strings.yaml', '- funds\n- events\n');
    expect(() => loadMetricDefinitions(path)).toThrow(/应为指标列表/);
  });

  it('an empty list item is rejected', () => {
    const path = write('null-item.yaml', '- id: funds\n-\n');
    expect(() => loadMetricDefinitions(path)).toThrow(/应为指标列表/);
  });

  it('an empty file is rejected', () => {
    const path = write('empty.yaml', '');
    expect(() => loadMetricDefinitions(path)).toThrow(/应为指标列表/);
  });

  it('malformed YAML throws', () => {
    const path = write('malformed.yaml', '- id: funds\n  label: [投入资金\n');
    expect(() => loadMetricDefinitions(path)).toThrow();
  });

  it('a missing file throws', () => {
    expect(() => loadMetricDefinitions(join(dir, 'does-not-exist.yaml'))).toThrow(/ENOENT/);
  });

  it('a well-formed temp file loads as written', () => {
    const path = write('good.yaml', '- id: events\n  label: 开展活动\n  unit: 次\n  kind: count\n  aggregate: sum\n  description: 活动次数\n');
    expect(loadMetricDefinitions(path)).toEqual([
      { id: 'events', label: '开展活动', unit: '次', kind: 'count', aggregate: 'sum', description: '活动次数' },
    ]);
  });
});
