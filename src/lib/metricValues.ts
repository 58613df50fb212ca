/** Whether a reported figure fits its metric's kind (a rate 0–100, an amount ≥ 0, a whole count), said in words an editor can act on. */
import type { MetricDefinition } from './metricDefinitions';

/**
 * Says what is wrong with a reported figure for its metric's kind, in words an
 * editor can act on, or returns undefined when the figure is acceptable.
 */
export function checkMetricValue(definition: MetricDefinition, value: number): string | undefined {
  const name = `${definition.label}（${definition.id}）`;
  if (!Number.isFinite(value)) return `${name} 的数值必须是有限数字，收到 ${value} — 填写一个具体的数`;
  switch (definition.kind) {
    case 'rate':
      if (value < 0 || value > 100) return `${name} 是百分比，应在 0 到 100 之间，收到 ${value} — 请填写百分数本身（如 98.5），并核对原文`;
      return undefined;
    case 'amount':
      if (value < 0) return `${name} 是金额，不能为负数，收到 ${value} — 请按万元填写正数`;
      return undefined;
    case 'count':
      if (value < 0 || !Number.isInteger(value))
        return `${name} 是计数（${definition.unit}），应为非负整数，收到 ${value} — 填整数；原文为“1.2万人次”的填 12000`;
      return undefined;
  }
}
