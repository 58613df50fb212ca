/**
 * What compiles as MDX but fails when the page renders: a `{某某}` expression
 * (its name is undefined), a component the site does not offer, and a
 * `<MetricChart>` whose metric or unit does not exist. Checked on published .mdx
 * entries, the ones the build renders.
 */
import type { Finding, LintEntry } from './types.ts';

/** The components report and unit bodies may use (src/pages give them to <Content />). */
const OFFERED = ['MetricChart'];

const EXPRESSION = /(?<!\\)\{(?!\s*\/\*)([^{}]*)\}/g;
const COMPONENT = /<([A-Z][\w.]*)([^<>]*?)\/?>/g;
const ATTRIBUTE = /(\w+)\s*=\s*"([^"]*)"/g;

export interface MdxContext {
  metricIds: readonly string[];
  publishedUnitIds: ReadonlySet<string>;
}

export function checkMdxComponents(entry: LintEntry, context: MdxContext): Finding[] {
  if (!entry.source.mdx) return [];
  const findings: Finding[] = [];
  const add = (line: number, column: number, message: string, hint: string) =>
    findings.push({ file: entry.file, line, column, severity: 'error', rule: 'mdx', message: `正文格式（MDX）错误：${message}`, hint });
  const lines = entry.source.body.split('\n');
  let fenced = false;
  lines.forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    const line = entry.source.bodyLine + index;
    for (const match of text.matchAll(EXPRESSION)) {
      add(line, match.index + 1, `「{${match[1]}}」会被当成程序代码，页面无法生成`, '若是文字，改用（）或「」；若是占位符，换成真实内容');
    }
    for (const match of text.matchAll(COMPONENT)) {
      const [, name = '', attributes = ''] = match;
      if (!OFFERED.includes(name)) {
        add(
          line,
          match.index + 1,
          `网站没有「<${name}>」这个组件`,
          `正文里只能用 ${OFFERED.map((n) => `<${n} … />`).join('、')}；书名、等级等文字请用《》或「」`,
        );
        continue;
      }
      const props = Object.fromEntries([...attributes.matchAll(ATTRIBUTE)].map((attribute) => [attribute[1], attribute[2]]));
      if (!props.metric) add(line, match.index + 1, '<MetricChart /> 缺少 metric', '写明指标编号，如 <MetricChart metric="funds" />');
      else if (!context.metricIds.includes(props.metric)) {
        add(line, match.index + 1, `<MetricChart metric="${props.metric}" /> 没有这个指标编号`, `可用的编号：${context.metricIds.join('、')}`);
      }
      if (props.unit !== undefined && !context.publishedUnitIds.has(props.unit)) {
        add(
          line,
          match.index + 1,
          `<MetricChart unit="${props.unit}" /> 没有这个已发布的单位`,
          'unit 填单位编号，即 src/content/units/ 下的文件名（不含扩展名）；草稿单位不能画图',
        );
      }
    }
  });
  return findings;
}
