import { describe, expect, it } from 'vitest';
import { footerLines, ICP_URL, themeCss, type FooterFields } from '../../src/lib/siteConfig';

const footer: FooterFields = {
  sponsor: '某市民族宗教事务委员会',
  organizer: '',
  contact: '电话：0000-0000000',
  icp: '某ICP备00000000号',
  policeRecord: '   ',
  siteCode: '0000000000',
};

describe('footerLines', () => {
  it('keeps the order of a public site and leaves out empty fields', () => {
    expect(footerLines(footer).map((line) => line.label)).toEqual(['主办单位', '联系方式', 'ICP备案号', '网站标识码']);
  });

  it('links the ICP number, and only it, to the MIIT filing system', () => {
    const lines = footerLines(footer);
    expect(lines.find((line) => line.label === 'ICP备案号')!.href).toBe(ICP_URL);
    expect(ICP_URL).toBe('https://beian.miit.gov.cn/');
    expect(lines.filter((line) => line.href)).toHaveLength(1);
  });

  it('with every field empty, has no lines', () => {
    const empty = Object.fromEntries(Object.keys(footer).map((key) => [key, ''])) as unknown as FooterFields;
    expect(footerLines(empty)).toEqual([]);
  });
});

describe('themeCss', () => {
  const colors = {
    light: { brand: '#a61b1b', paper: '#fbf8f1', gold: '#b8893b' },
    dark: { brand: '#f0857a', paper: '#1b1714', gold: '#d6b070' },
  };

  it('writes the light palette on :root and the dark one for a dark system setting', () => {
    const css = themeCss(colors);
    expect(css).toContain(':root{--color-brand:#a61b1b;--color-paper:#fbf8f1;--color-gold:#b8893b;}');
    expect(css).toContain('@media (prefers-color-scheme:dark){:root{--color-brand:#f0857a;');
  });

  it('refuses a colour that is not #rgb or #rrggbb, naming the config file and the field', () => {
    expect(() => themeCss({ ...colors, light: { ...colors.light, brand: 'red;}body{display:none' } })).toThrow(/src\/site\.config\.ts.*brand/);
  });
});
