/**
 * A report belongs to a unit twice over: by its `unit` field and by the folder it
 * sits in (its address is /reports/<folder>/<file>/). Both must name a unit that
 * exists, and the same one. Astro's `reference()` does not check that the unit exists.
 */
import { closestWords } from '../../lib/closestWords.ts';
import type { Finding, LintEntry } from '../types.ts';

export function unitReferences(entries: readonly LintEntry[], unitsFolder: string): Finding[] {
  const unitIds = entries.filter((entry) => entry.kind === 'unit' && entry.id).map((entry) => String(entry.id));
  const known = new Set(unitIds);
  return entries
    .filter((entry) => entry.kind === 'report' && entry.id !== undefined)
    .flatMap((report): Finding[] => {
      const folder = report.id?.includes('/') ? report.id.split('/')[0] : undefined;
      const unit = typeof report.data.unit === 'string' ? report.data.unit : undefined;
      const at = report.fieldPositions.get('unit') ?? { line: 2, column: 1 };
      const place = { file: report.file, severity: 'error' as const };
      if (folder === undefined) {
        return [
          {
            ...place,
            field: '文件',
            line: 1,
            column: 1,
            rule: 'misplaced-file',
            message: '材料文件直接放在了 reports 文件夹里，没有放进单位文件夹',
            hint: `移到 src/content/reports/${unit ?? '单位编号'}/ 文件夹中，文件名写成「年份-类型.mdx」`,
          },
        ];
      }
      if (unit === undefined) return [];
      if (!known.has(unit)) {
        const [guess] = closestWords(unit, unitIds);
        return [
          {
            ...place,
            ...at,
            field: 'unit',
            rule: 'unknown-unit',
            message: `unit「${unit}」不存在：没有 ${unitsFolder}/${unit}.mdx（或 .md）`,
            hint: `${guess ? `是不是要写「${guess}」？` : ''}把 unit 改成已有单位的编号，或先新建 ${unitsFolder}/${unit}.mdx`,
          },
        ];
      }
      if (folder !== unit) {
        return [
          {
            ...place,
            ...at,
            field: 'unit',
            rule: 'misplaced-file',
            message: `文件在「${folder}」文件夹里，unit 却是「${unit}」`,
            hint: `确认材料属于哪个单位：属于 ${unit} 就把文件移到 reports/${unit}/，属于 ${folder} 就把 unit 改成 ${folder}`,
          },
        ];
      }
      return [];
    });
}
