/** Proposes a new unit, as a draft, for a report that matches none in the showcase. */
import { slugify } from '../lib/slugify.ts';
import { UNIT_TYPES, type UnitType } from '../lib/vocabulary.ts';
import { ORG_SUFFIX } from './matchUnit.ts';
import type { SelfKind } from './metadata.ts';
import type { RecognizedUnit } from './recognizeUnit.ts';
import type { KnownUnit } from './units.ts';

/**
 * A new unit to propose when no existing one fits: its name from the report's
 * title (和硕县兴隆社区2023年… → 和硕县兴隆社区) or the first organisation the
 * text names as its subject.
 */
export function proposeUnit(input: {
  title?: string;
  body: string;
  selfKind?: SelfKind;
  regions: string[];
  source: string;
  recognized?: RecognizedUnit;
}): { unit: KnownUnit; warnings: string[] } {
  const warnings: string[] = [];
  const { recognized } = input;
  if (recognized) {
    warnings.push(
      `没有匹配到已有单位，已按文中的「${recognized.name}」建议新单位（草稿）：类型「${recognized.type}」，地区 [${recognized.region.join(', ')}]，请核对`,
    );
    if (recognized.warning) warnings.push(recognized.warning);
    return { unit: { id: slugify(recognized.name), name: recognized.name, type: recognized.type, region: recognized.region }, warnings };
  }
  const fromTitle = input.title?.match(new RegExp(`^([\\u4e00-\\u9fa5]{2,24}?${ORG_SUFFIX})(?=(?:19|20)\\d{2}|关于|民族团结|创建|开展|$)`))?.[1];
  const fromBody = input.body.match(
    new RegExp(`(?:^|[。，\\n])([\\u4e00-\\u9fa5]{2,16}?${ORG_SUFFIX})(?=认真|始终|坚持|紧紧|结合|按照|在|以|把|高度|积极|深入|全面)`),
  )?.[1];
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
  if (/社区$/.test(name)) return '社区';
  if (/(?:乡|镇|街道|苏木)$/.test(name)) return '乡镇';
  if (/公司$/.test(name)) return '企业';
  if (/寺$/.test(name)) return '宗教活动场所';
  if (/(?:局|委员会|委|办公室|中心|站|所)$/.test(name)) return '机关';
  const fromSelf = selfKind === '省' || selfKind === '市' ? '市' : selfKind === '县' ? '县' : selfKind;
  return fromSelf && (UNIT_TYPES as readonly string[]).includes(fromSelf) && fromSelf !== '市' ? (fromSelf as UnitType) : '其他';
}
