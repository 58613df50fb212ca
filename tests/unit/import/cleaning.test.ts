import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { draftsOf } from '../../../src/import/drafts.ts';
import { markPlaceholders } from '../../../src/import/markPlaceholders.ts';
import { cleanTitle } from '../../../src/import/titles.ts';

const BODY = '各族干部职工深入学习党的民族理论和民族政策，广泛开展民族团结进步创建活动。'.repeat(10);

describe('compilation titles', () => {
  it('lose the template site’s decorations and X placeholders', () => {
    expect(cleanTitle('民族团结进步创建工作总结【汇编5篇】')).toBe('民族团结进步创建工作总结');
    expect(cleanTitle('XX县民族团结进步工作总结（通用X篇）')).toBe('民族团结进步工作总结');
    expect(cleanTitle('民族团结进步月活动总结300字范文')).toBe('民族团结进步月活动总结');
    expect(cleanTitle('2023年民族团结进步创建工作总结（精选5篇）')).toBe('2023年民族团结进步创建工作总结');
  });

  it('keep the title’s own words', () => {
    expect(cleanTitle('和硕县兴隆社区2023年民族团结进步创建工作总结')).toBe('和硕县兴隆社区2023年民族团结进步创建工作总结');
  });
});

describe('placeholders in the body', () => {
  it('become a visible 〔待补：…〕 marker, with a warning quoting the original', () => {
    const { paragraphs, warnings } = markPlaceholders(['在**市委、行署的正确领导下，全市共有党员**名，XX同志任组长。']);
    expect(paragraphs).toEqual(['在〔待补：单位〕市委、行署的正确领导下，全市共有党员〔待补：数字〕名，〔待补：姓名〕同志任组长。']);
    expect(warnings[0]).toContain('在**市委、行署');
    expect(warnings[0]).toContain('〔待补：单位〕');
  });
});

describe('source text', () => {
  it('copied from an online document viewer is mended, with a warning', () => {
    const source = `民族团结进步创建工作总结\n我镇组织各嘎查村开展民族团结进步宣传教 育活动，各嘎\n2、查 书记带头入户宣讲。\n民族团结工作总结由会员分享，可在线阅读，更多相关《民族团结工作总结(15页珍藏版)》请在人人文库网上搜索。\n${BODY}`;
    const [draft] = draftsOf(source, 'viewer.txt', []);
    expect(draft!.body).toContain('宣传教育活动，各嘎查书记带头入户宣讲。');
    expect(draft!.body).not.toMatch(/会员分享|珍藏版|人人文库/);
    expect(draft!.entry.warnings.join('\n')).toMatch(/在线文档网站/);
  });

  it('in a decorated compilation gives titles without the decorations', () => {
    const source = `民族团结进步创建工作总结【汇编5篇】\n第一篇：XX县民族团结进步创建工作总结（通用X篇）\n2023年，${BODY}\n第二篇：民族团结进步月活动总结300字范文\n2023年，${BODY}`;
    const titles = draftsOf(source, 'compilation.txt', []).map((draft) => draft.entry.title);
    expect(titles).toHaveLength(2);
    for (const title of titles) expect(title).not.toMatch(/汇编|通用|篇|300字|范文|XX/);
  });

  it('in traditional script is converted to simplified, with a warning', () => {
    const [draft] = draftsOf(`民族團結進步創建工作總結\n${BODY.replace(/团结/g, '團結').replace(/进步/g, '進步')}`, 'trad.txt', []);
    expect(draft!.body).toContain('民族团结进步');
    expect(draft!.body).not.toMatch(/團結|進步/);
    expect(draft!.entry.warnings.join('\n')).toMatch(/繁体字，已转换为简体/);
  });

  it('garbled by a wrong encoding is flagged and marked, never imported silently', () => {
    const garbled = iconv.decode(Buffer.from('乌鲁木齐市民族宗教事务委员会'), 'gbk');
    const [draft] = draftsOf(`民族团结进步创建工作总结\n${BODY}${garbled}。${BODY}`, 'moji.txt', []);
    expect(draft!.body).toContain('〔待补：乱码');
    expect(draft!.entry.warnings.join('\n')).toMatch(/乱码/);
  });
});
