/**
 * The bad-input catalogue: a small valid showcase (one unit, one report) and the
 * mistakes editors make, each as that showcase with one thing wrong, with the
 * file, line, field and words the checks must answer with. The lint tests
 * (tests/unit/checks/catalogue.test.ts) and the build tests
 * (tests/schema/catalogue.test.ts) run every case; docs/编辑指南.md's error table
 * is checked against it (tests/unit/guide.test.ts).
 */
import iconv from 'iconv-lite';

export const UNIT_FILE = 'units/test-bureau.mdx';
export const REPORT_FILE = 'reports/test-bureau/2023-work-summary.mdx';

export const UNIT = `---
name: "红寺堡区民族宗教事务局"
type: 机关
region: ["宁夏回族自治区", "吴忠市", "红寺堡区"]
---

红寺堡区民族宗教事务局负责全区民族宗教工作，多年坚持开展民族团结进步创建，组织各族干部群众学习党的民族理论和民族政策。
`;

export const REPORT = `---
unit: test-bureau
title: "红寺堡区民族宗教事务局2023年民族团结进步创建工作总结"
year: 2023
kind: 工作总结
date: 2023-12-20
summary: "全年开展民族团结宣传教育活动12次，参与群众3600人次。"
metrics:
  - metric: events
    value: 12
    note: "开展民族团结宣传教育活动12次"
  - metric: people-reached
    value: 3600
    note: "参与群众3600人次"
tags: ["宣传教育"]
---

## 一、主要做法

全年开展民族团结宣传教育活动12次，参与群众3600人次。各族干部职工深入学习党的民族理论和民族政策，在社区、学校和宗教活动场所举办专题宣讲，组织结对认亲、互助帮扶和节日联欢活动。

## 二、取得的成效

各族群众交往交流交融不断深化，群众对民族团结进步创建的知晓率明显提高。
`;

/** Content files by path under src/content/; `null` removes a file of the valid showcase. */
export type Files = Record<string, string | Uint8Array | null>;

export interface BadInput {
  /** What the editor did, in a few words. */
  mistake: string;
  files: Files;
  /** Where the message must point and what it must say (a part of the message). */
  expect: { file: string; line: number; field?: string; says: string };
}

const report = (from: string, to: string) => ({ [REPORT_FILE]: replaced(REPORT, from, to) });
const unit = (from: string, to: string) => ({ [UNIT_FILE]: replaced(UNIT, from, to) });
const inReport = (line: number, says: string, field?: string) => ({ file: `src/content/${REPORT_FILE}`, line, field, says });
const inUnit = (line: number, says: string, field?: string) => ({ file: `src/content/${UNIT_FILE}`, line, field, says });

function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The catalogue's base text has no「${from}」`);
  return text.replace(from, to);
}

const BODY_LINE = 20; // the report's first paragraph

export const BAD_INPUTS: BadInput[] = [
  { mistake: '不存在的日期（未加引号）', files: report('date: 2023-12-20', 'date: 2023-13-45'), expect: inReport(6, '月份 13 不存在', 'date') },
  {
    mistake: '不存在的日期（加了引号）',
    files: report('date: 2023-12-20', 'date: "2023-02-30"'),
    expect: inReport(6, '2023 年 2 月只有 28 天', 'date'),
  },
  {
    mistake: '定时发布日期不存在',
    files: report('date: 2023-12-20', 'date: 2023-12-20\npublishAt: 2024-02-30'),
    expect: inReport(7, '2024 年 2 月只有 29 天', 'publishAt'),
  },
  { mistake: '日期写成中文', files: report('date: 2023-12-20', 'date: 2023年12月20日'), expect: inReport(6, '不是 YYYY-MM-DD 格式的日期', 'date') },
  { mistake: '文件存成 GB18030 编码', files: { [REPORT_FILE]: iconv.encode(REPORT, 'gb18030') }, expect: inReport(1, 'GB18030') },
  { mistake: '文件存成 UTF-16 编码', files: { [REPORT_FILE]: iconv.encode(REPORT, 'utf-16le', { addBOM: true }) }, expect: inReport(1, 'UTF-16') },
  {
    mistake: 'Word 文件改了扩展名',
    files: { [REPORT_FILE]: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 33, 0]) },
    expect: inReport(1, 'Word（.docx）'),
  },
  { mistake: '同一单位编号有 .md 和 .mdx 两个文件', files: { 'units/test-bureau.md': UNIT }, expect: inUnit(1, '是同一个单位编号「test-bureau」') },
  {
    mistake: '同一单位名称用了两个编号',
    files: { 'units/test-bureau-2.mdx': UNIT },
    expect: inUnit(2, '单位名称「红寺堡区民族宗教事务局」与', 'name'),
  },
  { mistake: '字段名后用了中文冒号', files: report('kind: 工作总结', 'kind：工作总结'), expect: inReport(5, '中文冒号') },
  { mistake: '缩进里有 Tab', files: report('    value: 12', '\tvalue: 12'), expect: inReport(10, '缩进里有 Tab') },
  {
    mistake: '引号没有闭合',
    files: report('title: "红寺堡区民族宗教事务局2023年民族团结进步创建工作总结"', 'title: "红寺堡区民族宗教事务局2023年民族团结进步创建工作总结'),
    expect: inReport(3, '引号没有配对'),
  },
  { mistake: '值里有英文冒号', files: report('tags: ["宣传教育"]', 'tags: 宣传: 教育'), expect: inReport(15, '值里有英文冒号') },
  { mistake: '方括号列表没有闭合', files: report('tags: ["宣传教育"]', 'tags: ["宣传教育"'), expect: inReport(15, '方括号列表没有闭合') },
  {
    mistake: '开头字段少了结尾的 ---',
    files: report('tags: ["宣传教育"]\n---\n', 'tags: ["宣传教育"]\n'),
    expect: inReport(1, '缺少第二个 ---', '文件'),
  },
  {
    mistake: '值的引号里又用了英文引号',
    files: report('title: "红寺堡区', 'title: "关于"红寺堡区"'),
    expect: inReport(3, '引号里又有英文双引号', '开头字段'),
  },
  { mistake: '年份加了引号', files: report('year: 2023', 'year: "2023"'), expect: inReport(4, '加了引号或千位逗号', 'year') },
  { mistake: '同一字段写了两次', files: report('kind: 工作总结', 'kind: 工作总结\nkind: 事迹材料'), expect: inReport(6, '字段 kind 写了两次') },
  {
    mistake: '正文里有单独的 {',
    files: report('参与群众3600人次。各族', '参与群众{3600人次。各族'),
    expect: inReport(BODY_LINE, '「{」没有配对的「}」'),
  },
  {
    mistake: '正文里有 <良好>',
    files: report('取得的成效\n\n', '取得的成效\n\n考核等次为<良好>。'),
    expect: inReport(BODY_LINE + 4, '「<良好>」被当成了标签'),
  },
  {
    mistake: '正文里有紧跟文字的 <',
    files: report('参与群众3600人次。各族', '参与群众<3600人次。各族'),
    expect: inReport(BODY_LINE, '「<」后面紧跟文字'),
  },
  {
    mistake: '正文里有 {某某} 这样的大括号',
    files: report('参与群众3600人次。各族', '参与群众3600人次。{某某}各族'),
    expect: inReport(BODY_LINE, '「{某某}」会被当成程序代码'),
  },
  {
    mistake: '正文图表写错指标编号',
    files: report('## 二、取得的成效', '<MetricChart metric="fund" />\n\n## 二、取得的成效'),
    expect: inReport(BODY_LINE + 2, '<MetricChart metric="fund" /> 没有这个指标编号'),
  },
  {
    mistake: '正文用了网站没有的组件',
    files: report('## 二、取得的成效', '<Chart metric="funds" />\n\n## 二、取得的成效'),
    expect: inReport(BODY_LINE + 2, '网站没有「<Chart>」这个组件'),
  },
  {
    mistake: '正文里用了 HTML 注释',
    files: report('## 二、取得的成效', '<!-- 待补 -->\n\n## 二、取得的成效'),
    expect: inReport(BODY_LINE + 2, 'HTML 注释'),
  },
  {
    mistake: '缺少必填字段 title',
    files: report('title: "红寺堡区民族宗教事务局2023年民族团结进步创建工作总结"\n', ''),
    expect: inReport(2, '必填，但没有填写', 'title'),
  },
  {
    mistake: 'unit 写了不存在的单位',
    files: report('unit: test-bureau', 'unit: test-bureaux'),
    expect: inReport(2, '是不是要写「test-bureau」', 'unit'),
  },
  {
    mistake: '参学率写成 120',
    files: report('  - metric: events\n    value: 12', '  - metric: participation-rate\n    value: 120'),
    expect: inReport(10, '0 到 100 之间，收到 120', 'metrics 第1项 value'),
  },
  {
    mistake: '金额写成负数',
    files: report('  - metric: events\n    value: 12', '  - metric: funds\n    value: -3'),
    expect: inReport(10, '不能为负数', 'metrics 第1项 value'),
  },
  {
    mistake: '数值带了单位',
    files: report('    value: 3600', '    value: 3600人次'),
    expect: inReport(13, '「3600人次」不是数字', 'metrics 第2项 value'),
  },
  {
    mistake: '未定义的指标',
    files: report('  - metric: events', '  - metric: event'),
    expect: inReport(9, '只能写以下之一', 'metrics 第1项 metric'),
  },
  { mistake: '材料类型不在列表中', files: report('kind: 工作总结', 'kind: 总结'), expect: inReport(5, '「总结」不是可选的值', 'kind') },
  { mistake: '年份写成 20XX', files: report('year: 2023', 'year: 20XX'), expect: inReport(4, '「20XX」不是数字', 'year') },
  { mistake: '文件名年份与 year 不一致', files: report('year: 2023', 'year: 2022'), expect: inReport(4, '文件名是 2023 年，year 却是 2022', 'year') },
  {
    mistake: '字段名拼错（drfat）',
    files: report('tags: ["宣传教育"]', 'tags: ["宣传教育"]\ndrfat: true'),
    expect: inReport(16, '「drfat」是不是要写「draft」', 'drfat'),
  },
  {
    mistake: 'draft 写成中文',
    files: report('tags: ["宣传教育"]', 'tags: ["宣传教育"]\ndraft: 否'),
    expect: inReport(16, 'true（草稿，不发布）或 false', 'draft'),
  },
  {
    mistake: '单位的地区为空',
    files: unit('region: ["宁夏回族自治区", "吴忠市", "红寺堡区"]', 'region: []'),
    expect: inUnit(4, '至少写到省级', 'region'),
  },
  { mistake: '地区名称写错', files: unit('"红寺堡区"]', '"红寺宝区"]'), expect: inUnit(4, '您是不是要写', 'region') },
  {
    mistake: '只写了有重名的地区',
    files: unit('region: ["宁夏回族自治区", "吴忠市", "红寺堡区"]', 'region: ["鼓楼区"]'),
    expect: inUnit(4, '有多个同名地区', 'region'),
  },
  {
    mistake: '单位标志图片不存在',
    files: unit('type: 机关', 'type: 机关\nlogo:\n  src: ../../assets/content/test-bureau-logo.png\n  alt: "红寺堡区民族宗教事务局标志"'),
    expect: inUnit(5, '图片「../../assets/content/test-bureau-logo.png」不存在', 'logo src'),
  },
  {
    mistake: '图片没有文字说明',
    files: unit('type: 机关', 'type: 机关\nlogo:\n  src: ../../assets/content/hoxud-highway-branch-logo.png'),
    expect: inUnit(5, '必填，但没有填写', 'logo alt'),
  },
  {
    mistake: '材料没有放进单位文件夹',
    files: { [REPORT_FILE]: null, 'reports/2023-work-summary.mdx': REPORT },
    expect: { file: 'src/content/reports/2023-work-summary.mdx', line: 1, says: '没有放进单位文件夹' },
  },
  {
    mistake: '材料放错了单位文件夹',
    files: { [REPORT_FILE]: null, 'reports/other-bureau/2023-work-summary.mdx': REPORT },
    expect: {
      file: 'src/content/reports/other-bureau/2023-work-summary.mdx',
      line: 2,
      field: 'unit',
      says: '文件在「other-bureau」文件夹里，unit 却是「test-bureau」',
    },
  },
  {
    mistake: '正文里有手机号',
    files: report('参与群众3600人次。各族', '参与群众3600人次，联系电话13912345678。各族'),
    expect: inReport(BODY_LINE, '手机号'),
  },
  {
    mistake: '数字缺失（占总人口的%）',
    files: report('知晓率明显提高。', '知晓率明显提高，少数民族占全区总人口的%。'),
    expect: inReport(BODY_LINE + 4, '「%」前面应当有一个数'),
  },
  {
    mistake: '正文里有编码错误的乱码',
    files: report('知晓率明显提高。', '知晓率明显提高。姘戞棌鍥㈢粨杩涙'),
    expect: inReport(BODY_LINE + 4, '像是文字编码出错留下的乱码'),
  },
  { mistake: '占位符 **局', files: report('各族干部职工', '**局各族干部职工'), expect: inReport(BODY_LINE, '**局') },
  { mistake: '占位符 〇〇局', files: report('各族干部职工', '〇〇局各族干部职工'), expect: inReport(BODY_LINE, '〇〇') },
  { mistake: '占位符 ○○县', files: report('各族干部职工', '○○县各族干部职工'), expect: inReport(BODY_LINE, '○○') },
  { mistake: '占位符 ＿＿年', files: report('各族干部职工', '＿＿年各族干部职工'), expect: inReport(BODY_LINE, '＿＿') },
  { mistake: '占位符 ××乡', files: report('各族干部职工', '××乡各族干部职工'), expect: inReport(BODY_LINE, '××') },
];

/** Files that look unusual but are right, and must publish. */
export const GOOD_INPUTS: { variant: string; files: Files }[] = [
  { variant: 'Windows 换行（\\r\\n）', files: { [REPORT_FILE]: REPORT.replace(/\n/g, '\r\n'), [UNIT_FILE]: UNIT.replace(/\n/g, '\r\n') } },
  { variant: '带 BOM 的 UTF-8', files: { [REPORT_FILE]: `\uFEFF${REPORT}`, [UNIT_FILE]: `\uFEFF${UNIT}` } },
  { variant: '正文里的 \\{ 与全角符号', files: report('参与群众3600人次。各族', '参与群众3600人次（\\{示例\\}、〈良好〉、小于 < 5 人）。各族') },
];

/** The valid showcase with a case's files laid over it. */
export function contentOf(files: Files): Record<string, string | Uint8Array> {
  const content: Record<string, string | Uint8Array | null> = { [UNIT_FILE]: UNIT, [REPORT_FILE]: REPORT, ...files };
  return Object.fromEntries(Object.entries(content).filter((entry): entry is [string, string | Uint8Array] => entry[1] !== null));
}
