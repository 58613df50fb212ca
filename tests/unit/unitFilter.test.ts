import { describe, expect, it } from 'vitest';
import { facetCounts, matchesChoice, type FilterChoice, type UnitFilterKeys } from '../../src/lib/unitFilter';

const units: UnitFilterKeys[] = [
  { type: 'school', regions: ['shan-xi', 'tai-yuan'], honors: ['national'] },
  { type: 'school', regions: ['xin-jiang'], honors: [] },
  { type: 'bureau', regions: ['shan-xi'], honors: ['provincial'] },
];
const options = { region: ['shan-xi', 'tai-yuan', 'xin-jiang'], type: ['school', 'bureau'], honor: ['national', 'provincial'] };
const none: FilterChoice = { region: '', type: '', honor: '' };

describe('matchesChoice', () => {
  it('keeps a unit that lies in a chosen region at any level', () => {
    expect(matchesChoice(units[0], { ...none, region: 'shan-xi' })).toBe(true);
    expect(matchesChoice(units[1], { ...none, region: 'shan-xi' })).toBe(false);
  });
});

describe('facetCounts', () => {
  it('with nothing chosen, counts every unit an option holds', () => {
    const counts = facetCounts(units, none, options);
    expect(counts.type).toEqual({ school: 2, bureau: 1 });
    expect(counts.region).toEqual({ 'shan-xi': 2, 'tai-yuan': 1, 'xin-jiang': 1 });
  });

  it("counts an option as the list would show it with the other fields' choices", () => {
    const counts = facetCounts(units, { ...none, region: 'shan-xi' }, options);
    expect(counts.type).toEqual({ school: 1, bureau: 1 });
    expect(counts.honor).toEqual({ national: 1, provincial: 1 });
    // The region field's own counts ignore the region chosen, so another region can be picked.
    expect(counts.region['xin-jiang']).toBe(1);
  });

  it('agrees with the list: choosing an option shows as many units as its count', () => {
    const choice = { ...none, type: 'school' };
    const counts = facetCounts(units, choice, options);
    for (const slug of options.honor) {
      expect(units.filter((keys) => matchesChoice(keys, { ...choice, honor: slug })).length).toBe(counts.honor[slug]);
    }
  });
});
