/** The fields of a report entry needed to check its unit reference. */
export interface ReportReference {
  id: string;
  filePath?: string;
  data: { unit: { id: string } };
}

/**
 * One message per report whose `unit` names no unit file, naming both files and the
 * ids that would work. Astro's `reference()` does not check that the entry exists.
 */
export function brokenUnitReferences(reports: readonly ReportReference[], unitIds: readonly string[]): string[] {
  const known = new Set(unitIds);
  return reports
    .filter((report) => !known.has(report.data.unit.id))
    .map((report) => {
      const file = report.filePath ?? `src/content/reports/${report.id}.mdx`;
      const unitId = report.data.unit.id;
      return (
        `${file}: unit「${unitId}」不存在——没有 src/content/units/${unitId}.mdx。` +
        `请把 unit 改成已有单位的编号（${[...known].sort().join('、')}），或先新建 src/content/units/${unitId}.mdx。`
      );
    });
}
