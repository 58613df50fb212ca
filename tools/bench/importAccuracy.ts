import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftsOf } from '../../src/import/drafts.ts';
import { loadUnits } from '../../src/import/units.ts';
import { benchReport, type BenchUnit } from './importAccuracyReports.ts';

/**
 * `npm run bench:import`: imports a short report for each real unit name of
 * importAccuracyUnits.json (taken from published naming lists, each with its
 * source) against the sample showcase's units, and prints how often the importer
 * got the unit's name, type, province and full region path right.
 */
const root = join(import.meta.dirname, '../..');
const data = JSON.parse(readFileSync(join(import.meta.dirname, 'importAccuracyUnits.json'), 'utf8')) as { units: BenchUnit[] };
const known = loadUnits([join(root, 'src/content/units')]);

const GOALS = { 名称: 1, 类型: 1, 省份: 1, 完整地区: 0.95 } as const;
type Measure = keyof typeof GOALS;
const correct: Record<Measure, number> = { 名称: 0, 类型: 0, 省份: 0, 完整地区: 0 };
const misses: string[] = [];

const started = performance.now();
data.units.forEach((unit, index) => {
  const drafts = draftsOf(benchReport(data.units, index), `bench-${index}.txt`, known);
  const got = drafts[0]?.unit;
  const checks: Record<Measure, boolean> = {
    名称: got?.name === unit.name,
    类型: got?.type === unit.type,
    省份: got?.region[0] === unit.region[0],
    完整地区: got?.region.join('/') === unit.region.join('/'),
  };
  for (const measure of Object.keys(checks) as Measure[]) if (checks[measure]) correct[measure]++;
  if (!Object.values(checks).every(Boolean)) {
    misses.push(`  ${unit.name}（${unit.type}，${unit.region.join('/')}）→ ${got ? `${got.name}（${got.type}，${got.region.join('/')}）` : '无'}`);
  }
});
const seconds = (performance.now() - started) / 1000;

const provinces = new Set(data.units.map((unit) => unit.region[0])).size;
const types = new Set(data.units.map((unit) => unit.type)).size;
const sources = new Set(data.units.map((unit) => unit.source)).size;
console.log(
  `导入识别基准：${data.units.length} 个真实单位名称（${provinces} 个省级地区，${types} 种单位类型，${sources} 个来源页面），用时 ${seconds.toFixed(1)} 秒\n`,
);
console.log('| 指标 | 正确 | 总数 | 准确率 | 目标 |');
console.log('| --- | --- | --- | --- | --- |');
let met = true;
for (const measure of Object.keys(GOALS) as Measure[]) {
  const rate = correct[measure] / data.units.length;
  if (rate < GOALS[measure]) met = false;
  console.log(`| ${measure} | ${correct[measure]} | ${data.units.length} | ${(rate * 100).toFixed(1)} % | ≥ ${GOALS[measure] * 100} % |`);
}
if (misses.length > 0) console.log(`\n没有完全识别对的单位：\n${misses.join('\n')}`);
console.log(met ? '\n达到目标。' : '\n未达到目标。');
process.exitCode = met ? 0 : 1;
