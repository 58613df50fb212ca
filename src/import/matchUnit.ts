/**
 * Matches a report to a unit already in the showcase: by the unit its title names,
 * or, in anonymised text, by names, name endings, core words, places and how the
 * report speaks of itself (我局, 我校), with a warning whenever the match is a guess.
 */
import { divisionPath, resolveRegion, shortFormsOf, type Division } from '../lib/divisions/index.ts';
import { DIVISION_UNIT_TYPES } from '../lib/vocabulary.ts';
import type { SelfKind } from './metadata.ts';
import { bareName } from './placeNames.ts';
import type { RecognizedUnit } from './recognizeUnit.ts';
import type { KnownUnit } from './units.ts';

/** The organisation suffixes that end a unit's name. */
export const ORG_SUFFIX = '(?:分局|局|委员会|民委|委|办公室|学校|中学|小学|幼儿园|大学|学院|村委会|村|社区|街道|乡|镇|公司|医院|中心|站|所|寺)';
const ORG_NAME = new RegExp(`[\\u4e00-\\u9fa5]{1,14}?${ORG_SUFFIX}`, 'g');

export interface UnitMatch {
  unit: KnownUnit;
  /** Set when the match is a guess the editor should confirm. */
  warning?: string;
}

/** What the text tells of its unit beyond its words: the unit its title or opening names, and the places it mentions. */
export interface UnitClues {
  recognized?: RecognizedUnit;
  places: Division[];
}

/**
 * Picks the existing unit a report belongs to. When the title or opening names
 * the unit (a division, or a body named with one), only that unit can match: the
 * same name, or the same place and the same body; anything else is a new unit.
 * Otherwise (anonymised text: **局), a full name in the text is near proof; short
 * names, a name ending (县人社局 → 和硕县人社局), the name's core (信访 in
 * 鄂托克旗信访局), shared regions and the kind of self-reference add up to a guess
 * that is flagged. A unit in a province other than those the text names never
 * matches, and a two-character core alone (民政) is never enough.
 */
export function matchUnit(
  text: string,
  units: KnownUnit[],
  selfKind: SelfKind | undefined,
  clues: UnitClues = { places: [] },
): UnitMatch | undefined {
  if (clues.recognized) return matchRecognized(clues.recognized, units);
  const provinces = new Set(clues.places.map((place) => provinceOf(place)));
  const eligible = provinces.size === 0 ? units : units.filter((unit) => provinces.has(unit.region[0] ?? ''));
  const orgNames = [...new Set(text.match(ORG_NAME) ?? [])].map((name) => name.replace(/^(?:我|该|本|全|在|和|与|的|由|对|向|为|是)/, ''));
  const scored = eligible.map((unit) => {
    let score = 0;
    const reasons: string[] = [];
    let coreOnly = false;
    if (text.includes(unit.name)) score += 10;
    else if (unit.shortName && unit.shortName.length >= 3 && text.includes(unit.shortName)) score += 6;
    else {
      const ending = orgNames.find(
        (name) => name.length >= 3 && name !== unit.name && [unit.name, unit.shortName].some((full) => full?.endsWith(name)),
      );
      if (ending) {
        score += 6;
        reasons.push(`文中的「${ending}」`);
      }
      // 市民政局 or 县人社局 is every city's or county's bureau: like a core word, it needs the place.
      const genericEnding = !!ending && /^[省市州县区旗盟]/.test(ending);
      // 人民政府 would otherwise lend 民政 to every civil-affairs bureau.
      const plain = text.replaceAll('人民政府', '');
      const core = coreName(unit);
      if (core.length >= 2 && plain.includes(core)) {
        score += 4;
        reasons.push(`「${core}」`);
        coreOnly = !ending || genericEnding;
      } else if (core.length >= 4 && !GENERIC_WORDS.test(core.slice(0, 2)) && plain.includes(core.slice(0, 2))) {
        score += 3;
        reasons.push(`「${core.slice(0, 2)}」`);
        coreOnly = !ending || genericEnding;
      } else coreOnly = genericEnding;
    }
    const deepest = unit.region[unit.region.length - 1];
    const placeNamed = unit.region.slice(1).some((name) => text.includes(name)) || provinces.has(unit.region[0] ?? '');
    if (deepest && unit.region.length > 1 && text.includes(deepest)) {
      score += 2;
      reasons.push(`地区「${deepest}」`);
    } else if (deepest && text.includes(deepest)) score += 2;
    // A core word is shared by every bureau of its trade (民政, 信访): it needs the place too.
    if (coreOnly && !placeNamed) score = 0;
    score += compatibility(unit, selfKind);
    return { unit, score, reasons };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 5 || (second && second.score === best.score)) return undefined;
  if (text.includes(best.unit.name)) return { unit: best.unit };
  const why = best.reasons.length ? `根据${best.reasons.join('、')}` : '根据文中的自称和地区';
  return { unit: best.unit, warning: `单位是推断的：${why}匹配到已有单位「${best.unit.name}」（${best.unit.id}），请核对 unit` };
}

function provinceOf(place: Division): string {
  return divisionPath(place)[0]?.name ?? place.name;
}

/** A named unit matches only itself: the same name in the same province, or the same place and the same own name. */
function matchRecognized(recognized: RecognizedUnit, units: KnownUnit[]): UnitMatch | undefined {
  const sameProvince = units.filter((unit) => unit.region[0] === recognized.region[0]);
  const byName = sameProvince.find((unit) => unit.name === recognized.name || unit.shortName === recognized.name);
  if (byName) return { unit: byName };
  const samePlace = sameProvince.filter((unit) => unit.region.join('/') === recognized.region.join('/') && unit.type === recognized.type);
  const same = samePlace.find((unit) => (recognized.isDivision ? isDivisionUnit(unit) : ownName(unit) === recognized.ownName));
  if (!same) return undefined;
  return { unit: same, warning: `单位按名称「${recognized.name}」和地区匹配到已有单位「${same.name}」（${same.id}），请核对 unit` };
}

const isDivisionUnit = (unit: KnownUnit) => DIVISION_UNIT_TYPES.includes(unit.type);

/** A unit's name without the place names its region gives it: 和硕县公路管理分局 → 公路管理分局. */
function ownName(unit: KnownUnit): string {
  let own = unit.name;
  for (const name of unit.region) {
    for (const form of [name, ...regionForms(name)]) {
      if (own.startsWith(form)) {
        own = own.slice(form.length);
        break;
      }
    }
  }
  return own;
}

function regionForms(name: string): string[] {
  const resolved = resolveRegion([name]);
  if (!resolved.ok) return [];
  const bare = bareName(resolved.division);
  return [...shortFormsOf(resolved.division), ...(bare ? [bare] : [])].sort((a, b) => b.length - a.length);
}

/** Words every report uses, too common to point at one unit's name. */
const GENERIC_WORDS = /^(?:民族|宗教|人民|人力|社会|事务|管理|服务|发展|工作|第一|第二|第三|中国|中华)$/;

/** A unit's name without its regions and its generic ending: 鄂托克旗信访局 → 信访. */
function coreName(unit: KnownUnit): string {
  let core = unit.name;
  for (const region of unit.region) core = core.replace(region, '');
  return core.replace(new RegExp(`${ORG_SUFFIX}$`), '').replace(/^(?:人民政府|市|县|区)/, '');
}

function compatibility(unit: KnownUnit, selfKind: SelfKind | undefined): number {
  if (!selfKind) return 0;
  const fits: Record<SelfKind, boolean> = {
    机关: unit.type === '机关',
    学校: unit.type === '学校',
    村: unit.type === '村',
    社区: unit.type === '社区',
    企业: unit.type === '企业',
    省: unit.region.length === 1 && (unit.type === '机关' || unit.type === '其他'),
    市: unit.type === '市' || (unit.type === '机关' && unit.region.length === 2),
    县: unit.type === '县' || (unit.type === '机关' && unit.region.length === 3),
  };
  if (fits[selfKind]) return 3;
  return unit.type === '其他' ? 0 : -8;
}
