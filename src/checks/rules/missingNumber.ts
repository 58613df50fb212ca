/** The `missing-number` publication rule: a unit of measure whose number was dropped (占总人口的%). */
import { findMissingNumbers as detect } from '../../lib/text/missingNumbers.ts';
import type { TextMatch } from '../types.ts';

/** The missing-number rule: units src/lib/text/missingNumbers.ts finds without their number, told to the editor. */
export function findMissingNumbers(text: string): TextMatch[] {
  return detect(text).map(({ index, length, unit, snippet, missing }) => ({
    index,
    length,
    message: `「${snippet}」缺少数字：「${unit}」前面应当有${missing}`,
    hint: '向报送单位核实后补上数字，或删去这半句',
  }));
}
