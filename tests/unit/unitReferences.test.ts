import { describe, expect, it } from 'vitest';
import { brokenUnitReferences, type ReportReference } from '../../src/lib/unitReferences';

const report = (id: string, unit: string, filePath?: string): ReportReference => ({ id, filePath, data: { unit: { id: unit } } });

describe('brokenUnitReferences', () => {
  it('reports that all name known units yield no messages', () => {
    expect(brokenUnitReferences([report('a/2023-deeds', 'a'), report('b/2022-plan', 'b')], ['a', 'b'])).toEqual([]);
  });

  it('no reports yield no messages', () => {
    expect(brokenUnitReferences([], ['a'])).toEqual([]);
  });

  it('one message per report whose unit does not exist', () => {
    const messages = brokenUnitReferences(
      [report('x/2023-deeds', 'ghost'), report('a/2023-deeds', 'a'), report('y/2022-plan', 'phantom')],
      ['a'],
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('unit「ghost」不存在');
    expect(messages[1]).toContain('unit「phantom」不存在');
  });

  it("names the report's own file when it is known", () => {
    const [message] = brokenUnitReferences([report('x', 'ghost', 'src/content/reports/x/2023-deeds.mdx')], ['a']);
    expect(message.startsWith('src/content/reports/x/2023-deeds.mdx: ')).toBe(true);
  });

  it('falls back to the file path built from the report id', () => {
    const [message] = brokenUnitReferences([report('x/2023-deeds', 'ghost')], ['a']);
    expect(message.startsWith('src/content/reports/x/2023-deeds.mdx: ')).toBe(true);
  });

  it('names the missing unit file', () => {
    const [message] = brokenUnitReferences([report('x', 'ghost')], ['a']);
    expect(message).toContain('没有 src/content/units/ghost.mdx');
    expect(message).toContain('或先新建 src/content/units/ghost.mdx');
  });

  it('lists the ids that would work, sorted and without duplicates', () => {
    const [message] = brokenUnitReferences([report('x', 'ghost')], ['c-unit', 'a-unit', 'b-unit', 'a-unit']);
    expect(message).toContain('（a-unit、b-unit、c-unit）');
  });

  it('a unit id is matched exactly, not by prefix or case', () => {
    expect(brokenUnitReferences([report('x', 'Unit-A'), report('y', 'unit')], ['unit-a'])).toHaveLength(2);
  });
});
