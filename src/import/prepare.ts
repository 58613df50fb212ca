/** Readies a source text before cleaning: simplified script, viewer artefacts mended, garbled runs marked. */
import { findGarbledRuns } from '../lib/text/mojibake.ts';
import { simplifyScript } from '../lib/text/script.ts';
import { mendViewerText } from '../lib/text/viewer.ts';

/** A source text made fit for cleaning: simplified script, viewer artefacts mended, garbled runs marked. */
export interface PreparedSource {
  text: string;
  /** Warnings that concern the whole file; every report cut from it carries them. */
  warnings: string[];
}

/**
 * Garbled runs are kept, inside a 〔待补：乱码 …〕 marker that the placeholder check
 * refuses to publish, so that no report is imported with mojibake silently.
 */
export function prepareSource(raw: string): PreparedSource {
  const warnings: string[] = [];
  const script = simplifyScript(raw);
  if (script.changed > 0) warnings.push(`原文是繁体字，已转换为简体（${script.changed} 处），请核对人名、地名是否转换正确`);
  const viewer = mendViewerText(script.text);
  if (viewer.mended.length > 0) {
    const shown = viewer.mended.slice(0, 5).join('；');
    warnings.push(`原文是从在线文档网站复制的，已修补 ${viewer.mended.length} 处：${shown}${viewer.mended.length > 5 ? '……' : ''}。请对照原文核对`);
  }
  let text = viewer.text;
  const garbled = findGarbledRuns(text);
  for (const run of [...garbled].reverse()) text = `${text.slice(0, run.index)}〔待补：乱码 ${run.text}〕${text.slice(run.index + run.length)}`;
  if (garbled.length > 0) {
    const runs = garbled
      .slice(0, 3)
      .map((run) => `「${run.text}」`)
      .join('、');
    warnings.push(
      `原文有 ${garbled.length} 处乱码（如 ${runs}），多半是文件用错了文字编码；已用〔待补：乱码 …〕标出，请找到原件重新导入，或照原件改正后删去标记`,
    );
  }
  return { text, warnings };
}
