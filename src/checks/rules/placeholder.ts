/** The placeholder rule: what src/lib/text/placeholders.ts finds, told to the editor. */
import { findPlaceholders as detect, placeholderContext, type PlaceholderKind } from '../../lib/text/placeholders.ts';
import type { TextMatch } from '../types.ts';

const NAME_HINT = '换成真实名称；查不到的改写成不指名的说法（如“我局”“该同志”），或删去这半句';

const DESCRIBE: Record<PlaceholderKind, (snippet: string) => { message: string; hint: string }> = {
  year: (snippet) => ({ message: `「${snippet}」是年份占位符`, hint: '写上真实的四位年份（如 2023）；查不到就删去这半句' }),
  name: (snippet) => ({ message: `「${snippet}」是占位符，代替了被隐去的名称`, hint: NAME_HINT }),
  letter: (snippet) => ({ message: `「${snippet}」中的字母 X 是占位符，代替了被隐去的名称`, hint: NAME_HINT }),
  circle: (snippet) => ({ message: `「${snippet}」中的圆圈是占位符，代替了被隐去的名称`, hint: NAME_HINT }),
  blank: (snippet) => ({ message: `「${snippet}」是模板里待填写的空白`, hint: '填上真实的姓名或内容；不需要就删去这一项' }),
  bracket: (snippet) => ({ message: `「${snippet}」是模板里待填写的括号`, hint: '把括号连同里面的提示换成真实内容' }),
  marker: (snippet) => ({
    message: `「${snippet}」是导入时留下的待补标记，原文这里的名称或数字被隐去了`,
    hint: '向报送单位核实后写上真实内容，并删去标记；查不到就删去这半句',
  }),
  asterisk: (snippet) => ({
    message: `「${snippet}」中的星号是占位符，代替了被隐去的名称或数字`,
    hint: `${NAME_HINT}。若本意是加粗，请让成对的 ** 只包住一个词或一整句`,
  }),
};

export function findPlaceholders(text: string): TextMatch[] {
  return detect(text).map((placeholder) => ({
    index: placeholder.index,
    length: placeholder.length,
    ...DESCRIBE[placeholder.kind](placeholderContext(text, placeholder)),
  }));
}
