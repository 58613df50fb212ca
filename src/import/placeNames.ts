/**
 * Reads the division names in a stretch of text with the official data set
 * (src/lib/divisions): official names, the short forms the data module derives
 * (德宏州, 金平县, 新疆), and — only inside a unit's own name — the bare place
 * word of a province or prefecture (延边博物馆, 恩施供电公司), which that module
 * does not list because in free text 共和, 平安 or 朝阳 are ordinary words.
 */
import { divisionByCode, divisionsAtLevel, findDivisions, isWithin, placePart, type Division } from '../lib/divisions/index.ts';

interface PlaceMatch {
  /** Where the name starts and how long it is, in the text given. */
  index: number;
  length: number;
  /** Every division the name may stand for, narrowed by what encloses it. */
  divisions: Division[];
}

/** Province and prefecture names without their suffix: 延边, 恩施, 湘西, 西双版纳. */
let bareIndex: Map<string, Division[]> | undefined;

export function bareName(division: Division): string | undefined {
  const autonomous = division.name.match(/^(.+?)自治(?:区|州|县|旗)$/);
  const bare = autonomous ? placePart(autonomous[1]!) : division.name.replace(/(?:特别行政区|省|市|地区|盟|州|县|区|旗)$/, '');
  return bare.length >= 2 && bare !== division.name ? bare : undefined;
}

function bareDivisions(name: string): Division[] {
  if (!bareIndex) {
    bareIndex = new Map();
    for (const level of [1, 2] as const) {
      for (const division of divisionsAtLevel(level)) {
        const bare = bareName(division);
        if (bare) bareIndex.set(bare, [...(bareIndex.get(bare) ?? []), division]);
      }
    }
  }
  return bareIndex.get(name) ?? [];
}

/** The longest name to try; 红河哈尼族彝族自治州金平苗族瑶族傣族自治县 has 12-character parts. */
const LONGEST = 16;

/**
 * The divisions `name` may stand for under `scope` (any of them), or anywhere
 * when there is no scope. Villages are looked up only under a scope: a village
 * name alone is shared by hundreds of places.
 */
function divisionsNamed(name: string, scope: Division[] | undefined, options: { bare: boolean }): Division[] {
  const within = scope?.map((division) => division.code);
  const deepest = scope ? Math.max(...scope.map((division) => division.level)) : 0;
  const match = findDivisions(name, within ? { within, maxLevel: deepest >= 3 ? 5 : 4 } : { maxLevel: 4 });
  let found = match.divisions.filter((division) => !scope?.some((outer) => outer.code === division.code));
  // 恩施 is the short form of 恩施市, but alone it names the prefecture 恩施州 around it.
  if (match.shortForm) {
    found = found.map((division) => {
      const parent = division.level === 3 && division.parentCode ? divisionByCode(division.parentCode) : undefined;
      return parent && bareName(parent) === name ? parent : division;
    });
  }
  if (found.length === 0 && options.bare) {
    found = bareDivisions(name).filter((division) => !within || within.some((code) => isWithin(division, code)));
  }
  return [...new Map(found.map((division) => [division.code, division])).values()];
}

/** An ethnic township the data set lists without its nationality: 超等蒙古族乡 → 超等乡. */
function plainTownship(name: string): string | undefined {
  const ethnic = name.match(/^(.+?)(?:民族)?乡$/);
  if (!ethnic || !/族$/.test(ethnic[1]!)) return undefined;
  const place = placePart(ethnic[1]!);
  return place.length >= 2 && place !== ethnic[1] ? `${place}乡` : undefined;
}

/** The longest division name starting at `index` that fits under `scope`, if any. */
function placeAt(text: string, index: number, scope: Division[] | undefined, options: { bare: boolean }): PlaceMatch | undefined {
  for (let length = Math.min(LONGEST, text.length - index); length >= 2; length--) {
    const name = text.slice(index, index + length);
    if (!/^[\u3400-\u9fff]+$/.test(name)) continue;
    let divisions = divisionsNamed(name, scope, options);
    const plain = divisions.length === 0 ? plainTownship(name) : undefined;
    if (plain && scope) divisions = divisionsNamed(plain, scope, { bare: false });
    if (divisions.length > 0) return { index, length, divisions };
  }
  return undefined;
}

/**
 * The chain of divisions a unit's name opens with or holds: 拉萨市墨竹工卡县 →
 * [拉萨市, 墨竹工卡县]; 国家税务总局乌鲁木齐县税务局 → [乌鲁木齐县]. Each link
 * must lie under the one before; a place word outside the chain's province
 * (阿里陕西实验学校: 陕西) is the unit's own name, not its region.
 */
export interface PlaceChain {
  links: PlaceMatch[];
  /** Where the chain's last name ends. */
  end: number;
}

export function placeChain(name: string): PlaceChain | undefined {
  const links: PlaceMatch[] = [];
  let index = 0;
  while (index < name.length) {
    const scope = links.at(-1)?.divisions;
    const found = placeAt(name, index, scope, { bare: true });
    if (found) {
      links.push(found);
      index += found.length;
      continue;
    }
    index++;
  }
  if (links.length === 0) return undefined;
  // Narrow each link to those that hold the next one: 江北区 (重庆, 宁波) + 五里店街道 → 重庆's.
  for (let i = links.length - 2; i >= 0; i--) {
    const inner = links[i + 1]!.divisions;
    const holding = links[i]!.divisions.filter((outer) => inner.some((division) => isWithin(division, outer.code)));
    if (holding.length > 0) links[i]!.divisions = holding;
  }
  const last = links.at(-1)!;
  return { links, end: last.index + last.length };
}

/** The division names a free text mentions, official names and suffixed short forms only (no bare words). */
export function placesMentioned(text: string): Division[] {
  const found = new Map<string, Division>();
  for (const match of text.matchAll(/[\u3400-\u9fff]{2,}/g)) {
    const run = match[0];
    for (let index = 0; index < run.length - 1;) {
      const place = placeAt(run, index, undefined, { bare: false });
      if (place && place.divisions.length === 1 && /[省市区县州盟旗]$/.test(run.slice(index, index + place.length))) {
        found.set(place.divisions[0]!.code, place.divisions[0]!);
        index += place.length;
      } else if (place && place.length >= 3 && place.divisions.length <= 3 && /[省市区县州盟旗]$/.test(run.slice(index, index + place.length))) {
        for (const division of place.divisions) found.set(division.code, division);
        index += place.length;
      } else index++;
    }
  }
  return [...found.values()];
}
