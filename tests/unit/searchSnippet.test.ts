import { describe, expect, it } from 'vitest';
import { bodyText, markedWords, markTerms, searchSnippet, type SnippetPart } from '../../src/lib/searchSnippet';

const page = {
  title: '山南市民政局2021年民族团结进步创建工作总结',
  content:
    '山南市民政局2021年民族团结进步创建工作总结. 山南市民政局 · 2021年 · 工作总结 · 2021年12月20日. ' +
    '山南市民政局以平安山南建设宣传活动为契机开展民族团结进步创建，以扶贫帮困为重点为各族群众办好事、办实事，把民族团结进步与民政业务工作结合起来。 ' +
    '主要数据. 覆盖率/知晓率 100%. 2021年，山南市民政局进一步把民族团结进步与自己的业务工作结合起来，积极为群众办好事、办实事，从人民群众最关心的实际问题和难点入手，切实为他们排忧解难，开展扶贫帮困活动十二次。',
};

const text = (parts: SnippetPart[]) => parts.map((part) => part.text).join('');
const marks = (parts: SnippetPart[]) => parts.filter((part) => part.mark).map((part) => part.text);

describe('bodyText', () => {
  it('leaves out the title and the unit · year · kind line the result already shows, and reads in Chinese full stops', () => {
    const body = bodyText(page);
    expect(body.startsWith('山南市民政局以平安山南')).toBe(true);
    expect(body).not.toContain(' · ');
    expect(body).toContain('主要数据。覆盖率/知晓率 100%。2021年');
    expect(body).not.toMatch(/\.\s/);
  });

  it('keeps a unit’s introduction that pagefind ran into its meta line, which ends in 「）」', () => {
    const unit = {
      title: '和硕县特吾里克镇兴隆社区',
      content:
        '和硕县特吾里克镇兴隆社区. 社区 · 新疆维吾尔自治区 · 和硕县 · 特吾里克镇 （区划代码 652828100） 兴隆社区与和硕县公路管理分局结对共建，服务辖区各族群众。 兴隆社区位于和硕县特吾里克镇。',
    };
    expect(bodyText(unit)).toBe('兴隆社区与和硕县公路管理分局结对共建，服务辖区各族群众。兴隆社区位于和硕县特吾里克镇。');
    expect(marks(searchSnippet(unit, ['和硕县公路管理分局']))).toEqual(['和硕县公路管理分局']);
  });
});

describe('searchSnippet', () => {
  it('starts in the body, near the first match, and marks the whole term', () => {
    const parts = searchSnippet(page, ['扶贫']);
    expect(marks(parts)).toEqual(['扶贫']);
    expect(text(parts)).not.toContain('工作总结 ·');
  });

  it('puts an ellipsis where it cuts the text, at a clause start when one is near', () => {
    const parts = searchSnippet(page, ['排忧解难']);
    expect(parts[0].text).toBe('…');
    expect(text(parts)).toMatch(/^…切实为他们排忧解难/);
    expect(marks(parts)).toEqual(['排忧解难']);
  });

  it('marks every occurrence of every term within the snippet, longest first', () => {
    expect(marks(markTerms('民族团结进步与民族团结', ['民族', '民族团结']))).toEqual(['民族团结', '民族团结']);
  });

  it("falls back to the words pagefind matched when the visitor's terms are not in the text", () => {
    const parts = searchSnippet({ ...page, excerpt: '以<mark>扶</mark><mark>贫</mark>帮困' }, ['扶贫帮困工作']);
    expect(marks(parts)).toEqual(['扶贫']);
  });

  it('with no match at all, shows the start of the body and marks nothing', () => {
    const parts = searchSnippet(page, ['篮球']);
    expect(text(parts).startsWith('山南市民政局以平安')).toBe(true);
    expect(marks(parts)).toEqual([]);
    expect(parts.at(-1)!.text).toBe('…');
  });
});

describe('markedWords', () => {
  it('joins adjacent marks into one word and decodes entities', () => {
    expect(markedWords('为<mark>扶</mark><mark>贫</mark>、<mark>A&amp;B</mark>')).toEqual(['扶贫', 'A&B']);
  });
});
