/** The zod schema of a unit's `region`: checked against the division data set and stored as the full official path. */
import { z } from 'astro/zod';
import { fieldError, FIX_SEPARATOR } from '../schemaErrors.ts';
import { resolveRegion } from './resolveRegion.ts';

const HOW = '从省级写起的地区列表，如 [宁夏回族自治区, 吴忠市, 红寺堡区]，或只写最具体的一级，如 [红寺堡区]';

/**
 * Accepts the full path, the deepest name alone or short forms (新疆, 德宏州) and
 * turns them into official names from the province down; a wrong or ambiguous
 * name fails with the nearest names or the candidates and their parents.
 */
export const regionSchema = z
  .array(z.string({ error: fieldError(`每一项写一个地区名称：${HOW}`) }), { error: fieldError(`写成${HOW}`) })
  .min(1, { error: fieldError(`至少写到省级：${HOW}`) })
  .transform((names, ctx) => {
    const resolution = resolveRegion(names);
    if (resolution.ok) return resolution.path;
    ctx.addIssue({ code: 'custom', message: asProblemAndFix(resolution.message), input: names });
    return z.NEVER;
  });

/** resolveRegion says what is wrong, then how to fix it, after the first 「。」; the checks print them apart. */
function asProblemAndFix(message: string): string {
  const text = message.replace(/^region\s*(中的?)?/, '');
  const stop = text.indexOf('。');
  return stop === -1 ? text : `${text.slice(0, stop)}${FIX_SEPARATOR}${text.slice(stop + 1)}`;
}
