/** The zod schema of a unit's `region`: checked against the division data set and stored as the full official path. */
import { z } from 'astro/zod';
import { resolveRegion } from './resolveRegion.ts';

const HOW = '从省级写起的地区列表，如 [宁夏回族自治区, 吴忠市, 红寺堡区]，或只写最具体的一级，如 [红寺堡区]';

/**
 * Accepts the full path, the deepest name alone or short forms (新疆, 德宏州) and
 * turns them into official names from the province down; a wrong or ambiguous
 * name fails with the nearest names or the candidates and their parents.
 */
export const regionSchema = z
  .array(z.string({ error: `region 的每一项应是地区名称：${HOW}` }), {
    error: ({ input }) => (input === undefined ? `region 必填：${HOW}` : `region 的值「${String(input)}」不合要求：${HOW}`),
  })
  .min(1, { error: `region 至少写一级地区：${HOW}` })
  .transform((names, ctx) => {
    const resolution = resolveRegion(names);
    if (resolution.ok) return resolution.path;
    ctx.addIssue({ code: 'custom', message: resolution.message, input: names });
    return z.NEVER;
  });
