import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeMetricDefinitions, loadMetricDefinitions } from '../../src/lib/metricDefinitions';

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

describe('judgeMetricDefinitions', () => {
  const events = { id: 'events', label: '开展活动', unit: '次', kind: 'count', aggregate: 'sum', description: '活动次数' };

  it('keeps valid definitions in the file’s order', () => {
    const funds = { ...events, id: 'funds', label: '投入资金', unit: '万元', kind: 'amount' };
    expect(judgeMetricDefinitions([events, funds])).toEqual({ definitions: [events, funds], issues: [] });
  });

  it('refuses what is not a list, saying how a list is written', () => {
    for (const value of [null, { funds: events }, 'funds']) {
      expect(judgeMetricDefinitions(value)).toEqual({
        definitions: [],
        issues: [{ kind: 'not-a-list', message: '指标定义应为列表 — 每个指标以「- id: …」开头' }],
      });
    }
  });

  it('leaves out a definition that breaks the schema, naming its place and field', () => {
    const { definitions, issues } = judgeMetricDefinitions([events, { ...events, id: 'rate', kind: 'ratio' }]);
    expect(definitions).toEqual([events]);
    expect(issues).toEqual([{ kind: 'invalid', index: 1, path: ['kind'], message: expect.stringContaining('rate、amount、count') as string }]);
  });

  it('leaves out a definition without an id, a list item that is no definition and an empty one', () => {
    const { definitions, issues } = judgeMetricDefinitions([{ label: '参学率' }, 'funds', null, events]);
    expect(definitions).toEqual([events]);
    expect(new Set(issues.map((issue) => issue.kind === 'invalid' && issue.index))).toEqual(new Set([0, 1, 2]));
    expect(issues).toContainEqual(expect.objectContaining({ index: 0, path: ['id'] }));
  });

  it('keeps the first of two definitions with one id and names the second', () => {
    const { definitions, issues } = judgeMetricDefinitions([events, { ...events, label: '活动' }]);
    expect(definitions).toEqual([events]);
    expect(issues).toEqual([{ kind: 'duplicate', index: 1, id: 'events', message: '指标编号 events 重复 — 每个指标的 id 只能出现一次' }]);
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
    expect(() => loadMetricDefinitions(path)).toThrow(`${path}: 指标定义应为列表`);
  });

  it('an empty file is rejected', () => {
    const path = write('empty.yaml', '');
    expect(() => loadMetricDefinitions(path)).toThrow(/指标定义应为列表/);
  });

  it('malformed YAML throws, naming the file', () => {
    const path = write('malformed.yaml', '- id: funds\n  label: [投入资金\n');
    expect(() => loadMetricDefinitions(path)).toThrow(path);
  });

  it('gives the same definitions while the file is unchanged, and reads an edited file afresh', () => {
    const events = '- id: events\n  label: 开展活动\n  unit: 次\n  kind: count\n  aggregate: sum\n  description: 活动次数\n';
    const path = write('edited.yaml', events);
    const first = loadMetricDefinitions(path);
    expect(loadMetricDefinitions(path)).toBe(first);
    write('edited.yaml', events.replace('开展活动', '活动场次'));
    expect(loadMetricDefinitions(path)).not.toBe(first);
    expect(loadMetricDefinitions(path)[0]?.label).toBe('活动场次');
  });

  it('a missing file throws', () => {
    expect(() => loadMetricDefinitions(join(dir, 'does-not-exist.yaml'))).toThrow(/ENOENT/);
  });

  it('a numeric id, a plain string and an empty item are left out, the valid definitions kept', () => {
    const path = write(
      'mixed.yaml',
      '- id: 42\n  label: 投入资金\n- funds\n-\n- id: events\n  label: 开展活动\n  unit: 次\n  kind: count\n  aggregate: sum\n  description: 活动次数\n',
    );
    expect(loadMetricDefinitions(path).map((definition) => definition.id)).toEqual(['events']);
  });

  it('a well-formed temp file loads as written', () => {
    const path = write('good.yaml', '- id: events\n  label: 开展活动\n  unit: 次\n  kind: count\n  aggregate: sum\n  description: 活动次数\n');
    expect(loadMetricDefinitions(path)).toEqual([
      { id: 'events', label: '开展活动', unit: '次', kind: 'count', aggregate: 'sum', description: '活动次数' },
    ]);
  });
});
