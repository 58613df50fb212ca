import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftsOf } from '../../../src/import/drafts.ts';
import { importReports } from '../../../src/import/importReports.ts';
import { loadUnits } from '../../../src/import/units.ts';
import { benchReport, type BenchUnit } from '../../../tools/bench/importAccuracyReports.ts';

const units = loadUnits(['src/content/units']);
const data = JSON.parse(readFileSync('tools/bench/importAccuracyUnits.json', 'utf8')) as { units: BenchUnit[] };
const BODY = '各族干部职工深入学习党的民族理论和民族政策，广泛开展民族团结进步创建活动，举办民族团结讲座5次。'.repeat(6);

/** The unit the first report of a text is filed under. */
const unitOf = (text: string, known = units) => draftsOf(text, 'test.txt', known)[0]!;

// The first lookups after `npm ci` split the division data's villages into a per-province cache.
describe('real unit names from the naming lists', { timeout: 120_000 }, () => {
  // Every sixth name of the benchmark data: divisions of every level and bodies named after them.
  const sample = data.units.map((unit, index) => ({ unit, index })).filter(({ index }) => index % 6 === 0);

  it.each(sample.map(({ unit, index }) => [unit.name, index] as const))('%s: name, type and full region path', (_, index) => {
    const expected = data.units[index]!;
    const { unit } = unitOf(benchReport(data.units, index));
    expect({ name: unit.name, type: unit.type, region: unit.region }).toEqual({ name: expected.name, type: expected.type, region: expected.region });
  });
});

describe('units with the same department name', () => {
  it('stay apart when they are in different provinces, within one import', async () => {
    const sources = mkdtempSync(join(tmpdir(), 'recognize-'));
    const out = mkdtempSync(join(tmpdir(), 'recognize-out-'));
    writeFileSync(join(sources, 'a.txt'), `乌鲁木齐市教育局2023年民族团结进步创建工作总结\n${BODY}`);
    writeFileSync(join(sources, 'b.txt'), `西宁市教育局2023年民族团结进步创建工作总结\n${BODY}`);
    writeFileSync(join(sources, 'c.txt'), `阳泉市民政局2023年民族团结进步创建工作总结\n${BODY}`);
    const result = await importReports([sources], { out, unitFolders: ['src/content/units'], dryRun: true });
    expect(result.proposedUnits.map(({ unit }) => [unit.name, unit.type, unit.region.join('/')])).toEqual([
      ['乌鲁木齐市教育局', '机关', '新疆维吾尔自治区/乌鲁木齐市'],
      ['西宁市教育局', '机关', '青海省/西宁市'],
      ['阳泉市民政局', '机关', '山西省/阳泉市'],
    ]);
    // 山南市民政局 is in the showcase; 阳泉市民政局 shares only 「民政」 with it.
    expect(result.entries.map((entry) => entry.unit)).not.toContain('shannan-civil-affairs');
  });

  it('never match an existing unit in another province, even by a full ending', () => {
    const { unit } = unitOf(`2023年民族团结进步创建工作总结\n我局地处山西省，${BODY}市民政局全体干部参加。`);
    expect(unit.id).not.toBe('shannan-civil-affairs');
    expect(unit.region[0]).toBe('山西省');
  });

  it('never match by a two-character core like 民政 alone', () => {
    const { unit } = unitOf(`2023年民族团结进步创建工作总结\n我局认真做好民政工作，${BODY}`);
    expect(unit.id).not.toBe('shannan-civil-affairs');
  });

  it('never match by a generic ending like 市民政局 without the place', () => {
    const { unit } = unitOf(`2023年民族团结进步创建工作总结\n市民政局认真做好民族团结进步创建工作，${BODY}`);
    expect(unit.id).not.toBe('shannan-civil-affairs');
  });

  it('still match the existing unit when the text names its place', () => {
    expect(unitOf(`山南市民政局2023年民族团结进步创建工作总结\n${BODY}`).unit.id).toBe('shannan-civil-affairs');
  });
});

describe('regions named in the text', () => {
  it('settle a place name two provinces share', () => {
    expect(unitOf(`江北区2023年民族团结进步创建工作总结\n在重庆市委的领导下，${BODY}`).unit.region).toEqual(['重庆市', '江北区']);
    expect(unitOf(`江北区2023年民族团结进步创建工作总结\n在宁波市委的领导下，${BODY}`).unit.region).toEqual(['浙江省', '宁波市', '江北区']);
  });

  it('let the ambiguity be flagged when nothing settles it', () => {
    const draft = unitOf(`江北区2023年民族团结进步创建工作总结\n${BODY}`);
    expect(draft.entry.warnings.join('\n')).toMatch(/同名/);
  });
});

describe('known units', () => {
  it('are read from .md files as well as .mdx', () => {
    const folder = mkdtempSync(join(tmpdir(), 'units-'));
    writeFileSync(join(folder, 'yanji.md'), '---\nname: "延吉市"\ntype: 县\nregion: ["延吉市"]\n---\n\n简介。\n');
    expect(loadUnits([folder])).toEqual([
      { id: 'yanji', name: '延吉市', shortName: undefined, type: '县', region: ['吉林省', '延边朝鲜族自治州', '延吉市'] },
    ]);
    expect(unitOf(`延吉市2023年民族团结进步创建工作总结\n${BODY}`, loadUnits([folder])).unit.id).toBe('yanji');
  });
});
