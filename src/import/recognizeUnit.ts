/** Recognises the unit a report is about, with its type and region, from its title or opening sentence. */
import { divisionPath, unitTypeOfDivision, type Division } from '../lib/divisions/index.ts';
import type { UnitType } from '../lib/vocabulary.ts';
import { placeChain, placesMentioned } from './placeNames.ts';

/** The unit a report is about, read from its title or its opening sentence. */
export interface RecognizedUnit {
  /** The name as the report writes it: 拉萨市墨竹工卡县, 乌鲁木齐市第六十六中学. */
  name: string;
  type: UnitType;
  /** Official names from the province down, as deep as the name places the unit. */
  region: string[];
  /** The deepest division of `region`. */
  division: Division;
  /** Whether the unit is that division itself (a county, a township, a village). */
  isDivision: boolean;
  /** The name after its place names: 第六十六中学, 税务局; the division's name for a division. */
  ownName: string;
  /** Set when the region had to be guessed between places of the same name. */
  warning?: string;
}

/** The endings of a body's own name, with the unit type they make. Longer endings first. */
const BODY_TYPES: [RegExp, UnitType][] = [
  [/(?:学校|中学校?|小学|幼儿园|大学|学院|职业技术学院|高级中学|完全中学|中心校)$/, '学校'],
  [/(?:有限责任公司|有限公司|分公司|公司|集团|银行|厂|合作社)$/, '企业'],
  [/(?:清真寺|寺|教堂|道观|观|宫|庙)$/, '宗教活动场所'],
  [/(?:连队|部队|武警[\u3400-\u9fff]{0,12}(?:中队|大队|支队))$/, '部队'],
  [/(?:嘎查|村)$/, '村'],
  [/社区$/, '社区'],
  [/(?:乡|镇|街道|苏木)$/, '乡镇'],
  [/(?:人民政府|政府|委员会|局|厅|委|办公室|办|法院|检察院|支队|大队|派出所|税务局|党校)$/, '机关'],
  [/(?:医院|卫生院|博物馆|纪念馆|图书馆|文化馆|馆|中心|站|所|协会|总会|学会)$/, '其他'],
];

/**
 * Where a unit's name ends in a title: before the year, the topic or the kind of
 * report (拉萨市墨竹工卡县2023年…, 关于云南民族大学民族团结…的汇报).
 */
const TITLE_TOPIC = /(?:(?:19|20)\d{2}\s*年|民族团结|创建|开展|铸牢|争创|巩固|深化|推进|关于|工作总结|事迹|情况|实施方案|[：:—\-（(])/;

/** Words that follow a unit's name when it opens a sentence as its subject. */
const SUBJECT_VERBS =
  /^(?:始终|坚持|认真|紧紧|结合|按照|在|以|把|高度|积极|深入|全面|牢牢|立足|围绕|聚焦|自(?!治)|位于|地处|是|现有|共有|党委|党支部|党组|成立|作为|近年来|多年来)/;

function typeOf(name: string, division: Division, isDivision: boolean): UnitType {
  if (isDivision) return unitTypeOfDivision(division) ?? '其他';
  return BODY_TYPES.find(([pattern]) => pattern.test(name))?.[1] ?? '其他';
}

/** The unit a phrase names, if the phrase is a division or a body named after one. */
function unitFromPhrase(phrase: string, context: Division[]): RecognizedUnit | undefined {
  // A name is Chinese words only: 2山西省 is a page number glued to a province.
  if (!/^[\u3400-\u9fff]{2,40}$/.test(phrase)) return undefined;
  const chain = placeChain(phrase);
  if (!chain) return undefined;
  const rest = phrase.slice(chain.end);
  const isDivision = rest === '';
  // A province is not a unit the naming lists know; its bodies (省民委) are named in full.
  if (isDivision && chain.links.at(-1)!.divisions.every((division) => division.level === 1)) return undefined;
  // A body's own name ends in what it is (…中学, …局, …寺); anything else is not a unit's name.
  if (!isDivision && !BODY_TYPES.some(([pattern]) => pattern.test(rest))) return undefined;
  let candidates = chain.links.at(-1)!.divisions;
  let warning: string | undefined;
  if (candidates.length > 1) {
    // Settle between places of one name by the regions the text names elsewhere.
    const others = context.filter((place) => !candidates.some((candidate) => candidate.code === place.code));
    const settled = candidates.filter((candidate) => others.some((place) => divisionPath(candidate).some((above) => above.code === place.code)));
    if (settled.length === 1) candidates = settled;
    else
      warning = `「${phrase}」中的地名有多处同名：${candidates
        .slice(0, 4)
        .map((d) =>
          divisionPath(d)
            .map((x) => x.name)
            .join(''),
        )
        .join('、')}，暂按第一处，请核对 region`;
  }
  const division = candidates[0]!;
  const name = phrase;
  return {
    name,
    type: typeOf(name, division, isDivision),
    region: divisionPath(division).map((d) => d.name),
    division,
    isDivision,
    ownName: isDivision ? division.name : rest,
    warning,
  };
}

/** The phrase in a title that names the unit, if the title opens with one. */
function titlePhrase(title: string): string | undefined {
  // 2023年和硕县…, 关于2023年度和硕县…: a leading year is not the topic yet.
  const unprefixed = title
    .replace(/^关于/, '')
    .replace(/^(?:19|20)\d{2}\s*年度?(?:上半年|下半年|全年)?/, '')
    .replace(/^关于/, '');
  const cut = unprefixed.search(TITLE_TOPIC);
  const phrase = (cut === -1 ? '' : unprefixed.slice(0, cut)).trim();
  return phrase.length >= 2 ? phrase : undefined;
}

/** Candidate subjects of the opening sentences: the words before 始终坚持, 认真贯彻 …, shortest first. */
function subjectPhrases(body: string): string[] {
  const phrases: string[] = [];
  for (const sentence of body.split(/[。！？\n]/).slice(0, 8)) {
    for (const clause of sentence.split(/[，,；;]/).slice(0, 2)) {
      const words = clause.trim().replace(/^(?:(?:19|20)\d{2}年(?:以来|来|度)?|近年来|多年来|今年以来)/, '');
      for (let end = 2; end <= Math.min(words.length, 40); end++) {
        if (SUBJECT_VERBS.test(words.slice(end))) phrases.push(words.slice(0, end));
      }
    }
  }
  return phrases;
}

/**
 * Finds the unit a report is about: the name that opens its title, else the
 * subject of one of its opening sentences, when that name is a division (…县,
 * …自治州, …镇, …嘎查, …社区) or a body named with one (…市民政局, …寺).
 */
export function recognizeUnit(input: { title?: string; body: string }): RecognizedUnit | undefined {
  const context = placesMentioned(`${input.title ?? ''}\n${input.body.slice(0, 3000)}`);
  const fromTitle = input.title ? titlePhrase(input.title) : undefined;
  for (const phrase of [fromTitle, ...subjectPhrases(input.body)]) {
    if (!phrase) continue;
    const unit = unitFromPhrase(phrase, context);
    if (unit) return unit;
  }
  return undefined;
}
