/** The `no-figures` publication rule (a warning): a report that states no figure at all. */
import type { MetricDefinition } from '../../lib/metricDefinitions.ts';
import { findFigures } from '../../lib/text/figures.ts';
import type { LintEntry, Placed } from '../types.ts';
import { recordedFiguresOf } from './recordedFigures.ts';

/** A report with no figure at all, neither in `metrics` nor in its text, adds nothing to the charts. */
export function checkNoFigures(entry: LintEntry, definitions: MetricDefinition[]): Placed[] {
  if (entry.kind === 'unit') return [];
  if (recordedFiguresOf(entry, definitions).length > 0) return [];
  const units = new Set(definitions.map((definition) => definition.unit));
  if (entry.body.some((segment) => findFigures(segment.text).some((figure) => units.has(figure.unit)))) return [];
  const at = entry.fieldPositions.get('metrics') ?? entry.body[0] ?? { line: 1, column: 1 };
  return [
    {
      line: at.line,
      column: at.column,
      message: '材料里没有任何数据（metrics 为空，正文中也没有带单位的数字）',
      hint: '向报送单位要开展活动次数、参与人次、投入资金等数据，写进正文并填入 metrics',
    },
  ];
}
