/**
 * The placeholder detector (src/lib/text/placeholders.ts) and the content check that
 * tells editors about what it finds (src/checks/rules/placeholder.ts), in one place:
 * what counts as a placeholder is the detector's, the message and hint are the rule's.
 */
import { describe, expect, it } from 'vitest';
import { findPlaceholders as placeholderFindings } from '../../../src/checks/rules/placeholder.ts';
import { findPlaceholders, hasYearPlaceholder } from '../../../src/lib/text/placeholders.ts';

/** The placeholders' text, in order: what the detector claims, not where. */
const claimed = (text: string) => findPlaceholders(text).map((found) => text.slice(found.index, found.index + found.length));

/** The same, with the kind the detector gave each. */
const kinds = (text: string) => findPlaceholders(text).map((found) => `${found.kind}:${text.slice(found.index, found.index + found.length)}`);

describe('placeholders: kinds', () => {
  it('finds the placeholders template sites use, each with its kind', () => {
    expect(kinds('202_年，**局开展活动，20XX年xxx单位共*名同志参加，组长：_负责。')).toEqual([
      'year:202_',
      'asterisk:**',
      'year:20XX',
      'letter:xxx',
      'asterisk:*',
      'blank:_',
    ]);
  });

  it('finds circles, full-width blanks, ×× and Roman ⅩⅩ, 某某 and bracketed slots', () => {
    expect(kinds('〇〇局、○○县、于＿＿年、××乡、ⅩⅩ县、某某村、[单位名称]、【填写姓名】')).toEqual([
      'circle:〇〇',
      'circle:○○',
      'blank:＿＿',
      'letter:××',
      'letter:ⅩⅩ',
      'name:某某',
      'bracket:[单位名称]',
      'bracket:【填写姓名】',
    ]);
  });

  it('finds the importer’s own 〔待补：…〕 markers, so they cannot be published', () => {
    expect(kinds('在〔待补：单位〕市委的领导下')).toEqual(['marker:〔待补：单位〕']);
  });

  it('leaves years in numerals, document numbers and ordinary brackets alone', () => {
    expect(claimed('二〇〇八年、2023年、〔2019〕91号、【第一篇】、[1]、LED屏')).toEqual([]);
  });

  it('tells a year placeholder apart', () => {
    expect(hasYearPlaceholder('20XX年，我局')).toBe(true);
    expect(hasYearPlaceholder('2023年，我局')).toBe(false);
  });
});

describe('placeholders: years', () => {
  it('finds 202_, 20XX, 20xx, 202X and 20** years, escaped or not', () => {
    expect(claimed('202_年，20XX年，20xx年，202X年，20**年，202\\_年，20\\*\\*年')).toEqual([
      '202_',
      '20XX',
      '20xx',
      '202X',
      '20**',
      '202\\_',
      '20\\*\\*',
    ]);
  });

  it('leaves real years, year ranges and document numbers alone', () => {
    expect(claimed('2023年、2019—2020年、山委〔2019〕91号、第38个')).toEqual([]);
  });
});

describe('placeholders: asterisks', () => {
  it('finds ** standing for a hidden name before or after a word', () => {
    expect(claimed('**局在县委领导下')).toEqual(['**']);
    expect(claimed('认真贯彻落实县**民族团结有关文件')).toEqual(['**']);
    expect(claimed('***局现有在职职工**人，男职工79人')).toEqual(['***', '**']);
    expect(claimed('共有党员*名')).toEqual(['*']);
  });

  it('finds both ** of an anonymised sentence that only looks like a bold pair', () => {
    // From the raw corpus: the two ** would make Markdown bold the clause between them.
    expect(claimed('202_年，**局在县委、县人民政府的领导下，以创建**民族团结进步模范单位为主题')).toEqual(['202_', '**', '**']);
    expect(claimed('对**小学的贫困学生捐款。计划继续对困难大学生**同学进行爱心捐助')).toEqual(['**', '**']);
  });

  it('finds escaped and full-width asterisks, which Markdown never reads as bold', () => {
    expect(claimed('\\*\\*局及县委')).toEqual(['\\*\\*']);
    expect(claimed('＊＊局')).toEqual(['＊＊']);
  });

  it('leaves bold words and bold lead-in sentences alone', () => {
    expect(claimed('社区**高度重视**民族团结工作')).toEqual([]);
    expect(claimed('**一是集中开展宣传。**全省连续12年开展宣传月活动')).toEqual([]);
    expect(claimed('**一是加强领导，精心组织**。')).toEqual([]);
    expect(claimed('本节讲*重点*内容')).toEqual([]);
  });

  it('leaves Markdown syntax alone: rules, list bullets and a lone * between spaces', () => {
    expect(claimed('*************')).toEqual([]);
    expect(claimed('* 开展宣传活动')).toEqual([]);
    expect(claimed('面积 3 * 4 米')).toEqual([]);
  });
});

describe('placeholders: names and blanks', () => {
  it('finds xxx, XX and X used as a name, and 某某', () => {
    expect(claimed('xxx单位、XX同志、和谐X县、推进x社会稳定、组长：XXX、某某局')).toEqual(['xxx', 'XX', 'X', 'x', 'XXX', '某某']);
  });

  it('leaves Latin words, formulas and X-rays alone', () => {
    expect(claimed('用Excel统计，3x3篮球赛，拍摄X光片，LED标语')).toEqual([]);
  });

  it('finds the blanks of a form', () => {
    expect(claimed('组长：_全面负责')).toEqual(['_']);
    expect(claimed('_具体落实实施方案')).toEqual(['_']);
    expect(claimed('负责人：\\_\\_')).toEqual(['\\_\\_']);
    expect(claimed('签名______')).toEqual(['______']);
  });

  it('finds 〇〇局, ○○县, ＿＿年, ××乡 and ⅩⅩ县, patterns editors met that went through before', () => {
    expect(claimed('〇〇局、○○县、＿＿年、××乡、ⅩⅩ县')).toEqual(['〇〇', '○○', '＿＿', '××', 'ⅩⅩ']);
  });

  it('leaves a year written in Chinese numerals alone', () => {
    expect(claimed('二〇〇八年被命名为示范单位')).toEqual([]);
  });
});

describe('the placeholder rule', () => {
  it('reports each placeholder where the detector found it', () => {
    const text = '202_年，**局在县委领导下，〇〇村和[单位名称]';
    expect(placeholderFindings(text).map(({ index, length }) => ({ index, length }))).toEqual(
      findPlaceholders(text).map(({ index, length }) => ({ index, length })),
    );
  });

  it('quotes the placeholder with its neighbours', () => {
    const [match] = placeholderFindings('　　参加**局及县委组织的活动');
    expect(match).toMatchObject({ index: 4, length: 2 });
    expect(match?.message).toContain('「参加**局及县」');
  });

  it('says what to do with a bracketed slot and with the importer’s 〔待补〕 marker', () => {
    const [slot, marker] = placeholderFindings('[单位名称]召开会议，在〔待补：单位〕市委领导下');
    expect(slot?.message).toContain('待填写的括号');
    expect(marker?.message).toContain('待补标记');
    expect(marker?.hint).toMatch(/核实/);
  });

  it('names a year placeholder as one and asks for the real year', () => {
    const [year] = placeholderFindings('20XX年，我局');
    expect(year?.message).toContain('年份占位符');
    expect(year?.hint).toContain('四位年份');
  });
});
