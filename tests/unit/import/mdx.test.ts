import { describe, expect, it } from 'vitest';
import { escapeMdx, renderBody } from '../../../src/import/mdx.ts';

describe('MDX output', () => {
  it('escapes everything MDX would read as code or markup', () => {
    expect(escapeMdx('{a} <b> **局 202_年 `x` [1] #3 a|b ~c & $d \\')).toBe(
      '\\{a\\} \\<b\\> \\*\\*局 202\\_年 \\`x\\` \\[1\\] \\#3 a\\|b \\~c \\& \\$d \\\\',
    );
    expect(escapeMdx('1. 开头')).toBe('1\\. 开头');
    expect(escapeMdx('- 开头')).toBe('\\- 开头');
  });

  it('turns section titles into headings', () => {
    expect(renderBody(['一、基本情况', '（一）加强领导', '我局开展活动。'])).toBe('## 一、基本情况\n\n### （一）加强领导\n\n我局开展活动。');
  });
});
