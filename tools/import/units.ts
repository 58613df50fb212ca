import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { UNIT_TYPES, type UnitType } from '../../src/lib/vocabulary.ts';
import { slugify } from '../../src/lib/slugify.ts';
import type { SelfKind } from './metadata.ts';

/** What the importer needs to know of a unit already in the showcase. */
export interface KnownUnit {
  id: string;
  name: string;
  shortName?: string;
  type: UnitType;
  region: string[];
}

/** Reads the frontmatter of every unit entry in the given folders; later folders do not repeat earlier ids. */
export function loadUnits(folders: string[]): KnownUnit[] {
  const units = new Map<string, KnownUnit>();
  for (const folder of folders) {
    let files: string[];
    try {
      files = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const file of files) {
      const id = basename(file, '.mdx');
      if (units.has(id)) continue;
      const frontmatter = readFileSync(join(folder, file), 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1];
      const data = (frontmatter ? parse(frontmatter) : undefined) as Partial<KnownUnit> | undefined;
      if (!data?.name) continue;
      units.set(id, { id, name: data.name, shortName: data.shortName, type: data.type ?? '其他', region: data.region ?? [] });
    }
  }
  return [...units.values()];
}

/** The organisation suffixes that end a unit's name. */
const ORG_SUFFIX = '(?:分局|局|委员会|民委|委|办公室|学校|中学|小学|幼儿园|大学|学院|村委会|村|社区|街道|乡|镇|公司|医院|中心|站|所|寺)';
const ORG_NAME = new RegExp(`[\\u4e00-\\u9fa5]{1,14}?${ORG_SUFFIX}`, 'g');

export interface UnitMatch {
  unit: KnownUnit;
  /** Set when the match is a guess the editor should confirm. */
  warning?: string;
}

/**
 * Picks the existing unit a report belongs to. A full name in the text is near
 * proof; short names, a name ending (县人社局 → 和硕县人社局), the name's core
 * (信访 in 鄂托克旗信访局), shared regions and the kind of self-reference (我局,
 * 我校, 我省) add up to a guess that is flagged. Another unit merely mentioned
 * (a province's report naming a school) loses on the self-reference.
 */
export function matchUnit(text: string, units: KnownUnit[], selfKind: SelfKind | undefined): UnitMatch | undefined {
  const orgNames = [...new Set(text.match(ORG_NAME) ?? [])].map((name) => name.replace(/^(?:我|该|本|全|在|和|与|的|由|对|向|为|是)/, ''));
  const scored = units.map((unit) => {
    let score = 0;
    const reasons: string[] = [];
    if (text.includes(unit.name)) score += 10;
    else if (unit.shortName && unit.shortName.length >= 3 && text.includes(unit.shortName)) score += 6;
    else {
      const ending = orgNames.find((name) => name.length >= 3 && name !== unit.name && [unit.name, unit.shortName].some((full) => full?.endsWith(name)));
      if (ending) {
        score += 6;
        reasons.push(`文中的「${ending}」`);
      }
      // 人民政府 would otherwise lend 民政 to every civil-affairs bureau.
      const plain = text.replaceAll('人民政府', '');
      const core = coreName(unit);
      if (core.length >= 2 && plain.includes(core)) {
        score += 4;
        reasons.push(`「${core}」`);
      } else if (core.length >= 4 && !GENERIC_WORDS.test(core.slice(0, 2)) && plain.includes(core.slice(0, 2))) {
        score += 3;
        reasons.push(`「${core.slice(0, 2)}」`);
      }
    }
    const deepest = unit.region[unit.region.length - 1];
    if (deepest && unit.region.length > 1 && text.includes(deepest)) {
      score += 2;
      reasons.push(`地区「${deepest}」`);
    } else if (deepest && text.includes(deepest)) score += 2;
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

/**
 * A new unit to propose when no existing one fits: its name from the report's
 * title (和硕县兴隆社区2023年… → 和硕县兴隆社区) or the first organisation the
 * text names as its subject.
 */
export function proposeUnit(input: { title?: string; body: string; selfKind?: SelfKind; regions: string[]; source: string }): { unit: KnownUnit; warnings: string[] } {
  const warnings: string[] = [];
  const fromTitle = input.title?.match(new RegExp(`^([\\u4e00-\\u9fa5]{2,24}?${ORG_SUFFIX})(?=(?:19|20)\\d{2}|关于|民族团结|创建|开展|$)`))?.[1];
  const fromBody = input.body.match(new RegExp(`(?:^|[。，\\n])([\\u4e00-\\u9fa5]{2,16}?${ORG_SUFFIX})(?=认真|始终|坚持|紧紧|结合|按照|在|以|把|高度|积极|深入|全面)`))?.[1];
  const found = fromTitle ?? (fromBody && !/^(?:我|该|本|全)/.test(fromBody) ? fromBody : undefined);
  const name = found ?? `待定单位（${input.source}）`;
  if (!found) warnings.push(`没能识别单位名称，已建议新单位「${name}」，请改成单位全称并改正单位编号（文件名）`);
  else warnings.push(`没有匹配到已有单位，已建议新单位「${name}」（草稿），请核对名称、类型和地区`);
  const type = unitTypeOf(name, input.selfKind);
  if (type === '其他') warnings.push(`新单位「${name}」的类型暂定为「其他」，请核对 type`);
  const region = input.regions.length > 0 ? input.regions : ['待定地区'];
  if (input.regions.length === 0) warnings.push(`新单位「${name}」的所属地区没能识别，暂填「待定地区」，请改成从省级写起的地区`);
  const id = found ? slugify(name) : `pending-${slugify(input.source.replace(/\.[^.]+$/, ''))}`;
  return { unit: { id, name, type, region }, warnings };
}

function unitTypeOf(name: string, selfKind: SelfKind | undefined): UnitType {
  if (/(?:学校|中学|小学|幼儿园|大学|学院)$/.test(name)) return '学校';
  if (/(?:村|村委会)$/.test(name)) return '村';
  if (/(?:社区|街道)$/.test(name)) return '社区';
  if (/(?:乡|镇)$/.test(name)) return '乡镇';
  if (/公司$/.test(name)) return '企业';
  if (/寺$/.test(name)) return '宗教活动场所';
  if (/(?:局|委员会|委|办公室|中心|站|所)$/.test(name)) return '机关';
  const fromSelf = selfKind === '省' || selfKind === '市' ? '市' : selfKind === '县' ? '县' : selfKind;
  return fromSelf && (UNIT_TYPES as readonly string[]).includes(fromSelf) && fromSelf !== '市' ? (fromSelf as UnitType) : '其他';
}
