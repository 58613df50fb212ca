/**
 * Writes, for one real unit name, a short report that names the unit the way real
 * reports do: in the title, in a compilation's 第一篇 line, or only as the subject
 * of the opening sentence; with 我县/我校-style self-references, figures, and another
 * unit of the data set mentioned as a partner, so the importer must tell its unit
 * from the others named. The templates know nothing of the names they are given.
 */
import { Converter } from 'opencc-js/cn2t';

const toTraditional = Converter({ from: 'cn', to: 'tw' });

export interface BenchUnit {
  name: string;
  type: string;
  region: string[];
  list: string;
  source: string;
}

/** How a unit of each type calls itself in its own report. */
function selfReference(unit: BenchUnit): string {
  const { name, type } = unit;
  if (type === '市') return name.endsWith('州') ? '我州' : name.endsWith('盟') ? '我盟' : name.endsWith('地区') ? '我地区' : '我市';
  if (type === '县') return name.endsWith('旗') ? '我旗' : name.endsWith('区') ? '我区' : name.endsWith('市') ? '我市' : '我县';
  if (type === '乡镇') return name.endsWith('街道') ? '我街道' : name.endsWith('乡') ? '我乡' : '我镇';
  if (type === '村') return name.endsWith('嘎查') ? '我嘎查' : '我村';
  if (type === '社区') return '我社区';
  if (type === '机关') return name.endsWith('政府') ? '我们' : '我局';
  if (type === '企业') return '我公司';
  if (type === '学校') return '我校';
  if (type === '宗教活动场所') return '我寺';
  return '我单位';
}

function body(self: string, partner: string): string {
  return [
    `${self}在上级党委、政府的坚强领导下，以铸牢中华民族共同体意识为主线，深入开展民族团结进步创建工作，各族群众像石榴籽一样紧紧抱在一起。现将有关情况总结如下：`,
    '一、主要做法',
    `（一）加强组织领导。${self}成立了民族团结进步创建工作领导小组，制定了实施方案，召开专题会议5次，把创建工作纳入年度目标考核。`,
    `（二）深化宣传教育。全年开展民族团结宣讲活动三十余场次，发放宣传资料一万余份，受益群众1200人次，民族团结知识知晓率达到98%。`,
    `（三）促进交往交流交融。${self}与${partner}结对共建，互派干部学习交流，开展联谊活动12次，帮扶困难群众36户。`,
    '二、下一步打算',
    `${self}将继续巩固创建成果，完善长效机制，推动民族团结进步创建工作再上新台阶。`,
  ].join('\n');
}

/** Report templates, each naming the unit the way some real reports do. */
const TEMPLATES: ((unit: BenchUnit, text: string, year: number) => string)[] = [
  (unit, text, year) => `${unit.name}${year}年民族团结进步创建工作总结\n${year}年，${text}`,
  // The title does not name the unit; the opening sentence does.
  (unit, text, year) => `${year}年民族团结进步示范创建工作情况汇报\n${unit.name}始终坚持以铸牢中华民族共同体意识为主线，${year}年，${text}`,
  (unit, text) => `关于${unit.name}创建全国民族团结进步示范单位的事迹材料\n${text}`,
  // The year first, as many offices title their summaries.
  (unit, text, year) => `${year}年${unit.name}民族团结进步工作总结\n${text}`,
  (unit, text) => `${unit.name}关于民族团结进步创建工作的情况汇报\n${text}`,
  // Only the body names the unit, after 近年来 and before its party committee.
  (unit, text) => `民族团结进步创建工作总结\n近年来，${unit.name}党委高度重视民族团结进步创建工作。${text}`,
  // A compilation from a template site, its title decorated.
  (unit, text, year) => `民族团结进步创建工作总结${year}年（通用5篇）\n第一篇：${unit.name}${year}年民族团结进步工作总结\n${year}年，${text}`,
  // Sent in traditional script (converted here by OpenCC, as a Hong Kong or Taiwan editor's tools would write it).
  (unit, text, year) => toTraditional(`${unit.name}${year}年民族团结进步创建工作总结\n${year}年，${text}`),
];

/** The report for unit `index`; the template and the partner are chosen by the index alone. */
export function benchReport(units: BenchUnit[], index: number, year = 2023): string {
  const unit = units[index]!;
  const partnerUnit =
    units.find((other, at) => at > index && other.region[0] !== unit.region[0]) ?? units.find((other) => other.region[0] !== unit.region[0])!;
  const text = body(selfReference(unit), partnerUnit.name);
  return TEMPLATES[index % TEMPLATES.length]!(unit, text, year);
}
