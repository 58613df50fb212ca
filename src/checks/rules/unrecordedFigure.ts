/** The `unrecorded-figure` publication rule (a warning): a figure in the text that `metrics` does not record. */
import type { MetricDefinition } from '../../lib/metricDefinitions.ts';
import { findFigures } from '../../lib/text/figures.ts';
import type { LintEntry, Placed } from '../types.ts';
import { recordedFiguresOf } from './recordedFigures.ts';

/**
 * A figure in a report's text that no `metrics` item records, in the units the
 * metrics use. Charts and totals only see `metrics`, so such a figure is missing
 * from them; many are rightly left out (thresholds, counts of years), hence a warning.
 */
export function checkUnrecordedFigures(entry: LintEntry, definitions: MetricDefinition[]): Placed[] {
  if (entry.kind !== 'report') return [];
  const recorded = recordedFiguresOf(entry, definitions);
  // A figure inside a recorded figure's note counts as recorded: the editor summed
  // that sentence's figures (讲座3次…学习10次 → events 19) or chose the one that matters.
  const notes = (Array.isArray(entry.data.metrics) ? (entry.data.metrics as { note?: unknown }[]) : [])
    .map((item) => item?.note)
    .filter((note): note is string => typeof note === 'string');
  // Only counting words some metric uses: 79人 or 3个 could never be recorded.
  const units = new Set(definitions.map((definition) => definition.unit));
  return entry.body.flatMap((segment) =>
    findFigures(segment.text)
      .filter((figure) => units.has(figure.unit))
      .filter((figure) => !recorded.some((item) => item.unit === figure.unit && Math.abs(item.value - figure.value) < 1e-9))
      .filter((figure) => !notes.some((note) => note.includes(figure.text)))
      .map((figure) => ({
        line: segment.line,
        column: segment.column + figure.index,
        message: `正文中的「${figure.text}」没有记录在 metrics 中`,
        hint: '需要统计的，按指标填入 metrics（金额换算为万元）；不需要统计的可以不管',
      })),
  );
}
