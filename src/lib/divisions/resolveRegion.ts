/** Checks a unit's `region` against the division data set and completes it to the full official path, or says in Chinese how to fix it. */
import { childDivisions, divisionByCode, divisionPath, findDivisions, knownNames } from './catalog.ts';
import { shortFormsOf } from './shortForms.ts';
import { nearestDivisions, type Candidate } from './suggest.ts';
import type { Division } from './types.ts';

export type RegionResolution =
  | {
      ok: true;
      /** Official names from the province down to the deepest division named. */
      path: string[];
      /** The code of each division in `path`. */
      codes: string[];
      /** The deepest division's code (GB/T 2260, or the statistics office's for townships and villages). */
      code: string;
      division: Division;
      /** Names written in a short form, each with the official name it stands for. */
      expanded: { written: string; official: string }[];
      /** Whether levels were missing from what was written and have been filled in. */
      completed: boolean;
    }
  | { ok: false; message: string; candidates: Division[] };

const FIELD = 'region';

/** 新疆维吾尔自治区 › 巴音郭楞蒙古自治州 › 和硕县 */
const pathText = (division: Division) =>
  divisionPath(division)
    .map((d) => d.name)
    .join(' › ');

/** 和硕县（新疆维吾尔自治区 › 巴音郭楞蒙古自治州） */
const withParents = (division: Division) => {
  const parents = divisionPath(division).slice(0, -1);
  return parents.length ? `${division.name}（${parents.map((d) => d.name).join(' › ')}）` : division.name;
};

const asList = (division: Division) =>
  `[${divisionPath(division)
    .map((d) => d.name)
    .join(', ')}]`;

function* candidatesWithin(scope: readonly Division[] | undefined): Iterable<Candidate> {
  if (scope) {
    // Two levels down covers a skipped level (a county written right under the province).
    for (const parent of scope) {
      for (const child of childDivisions(parent.code)) {
        yield { name: child.name, division: child };
        for (const form of shortFormsOf(child)) yield { name: form, division: child };
        if (child.level < 3) for (const grandchild of childDivisions(child.code)) yield { name: grandchild.name, division: grandchild };
      }
    }
    return;
  }
  // Without a level above it, a name is compared with provinces, prefectures and counties only.
  for (const index of knownNames()) {
    for (const [name, divisions] of index) for (const division of divisions) if (division.level <= 3) yield { name, division };
  }
}

/**
 * Where else a name lives, for a name not found under the levels written above it:
 * provinces to townships anywhere, villages only in the same provinces (all 620,000
 * villages would cost seconds to read).
 */
function foundElsewhere(name: string, scope: readonly Division[] | undefined): Division[] {
  const upToTownships = findDivisions(name, { maxLevel: 4 }).divisions;
  if (upToTownships.length || !scope) return upToTownships;
  return findDivisions(name, { within: [...new Set(scope.map((d) => d.code.slice(0, 2).padEnd(6, '0')))] }).divisions;
}

function unknownName(name: string, scope: readonly Division[] | undefined, suggest: boolean): RegionResolution {
  const under = scope && scope.map((d) => `「${pathText(d)}」`).join('或');
  if (!suggest) return { ok: false, candidates: [], message: `${FIELD} 中${under ? `${under}之下` : ''}没有「${name}」` };
  const near = nearestDivisions(name, candidatesWithin(scope));
  const nearText = near.length ? `您是不是要写：${near.map(withParents).join('、')}？` : '';
  const elsewhere = scope ? foundElsewhere(name, scope) : [];
  if (elsewhere.length) {
    const places = elsewhere.slice(0, 5).map(withParents).join('、');
    return {
      ok: false,
      candidates: [...near, ...elsewhere],
      message: `${FIELD} 中的「${name}」不在${under}之下，同名地区在：${places}。${nearText}请检查上级地区，或改写成 ${asList(elsewhere[0])}`,
    };
  }
  const nearAnywhere = near.length || !scope ? near : nearestDivisions(name, candidatesWithin(undefined));
  const where = under ? `${under}之下没有「${name}」` : `「${name}」不是现行行政区划名称`;
  const suggestion = nearAnywhere.length ? `您是不是要写：${nearAnywhere.map(withParents).join('、')}？` : '';
  return {
    ok: false,
    candidates: nearAnywhere,
    message: `${FIELD} 中${where}（依据国家统计局 2023 年统计用区划代码）。${suggestion}请写行政区划的全称或常用简称，可只写最具体的一级，如 [和硕县]；村、社区请写上所属县（区）和乡镇，如 [和硕县, 特吾里克镇, 团结社区]`,
  };
}

function ambiguous(name: string, divisions: readonly Division[]): RegionResolution {
  const listed = divisions.slice(0, 8).map(withParents).join('、');
  const more = divisions.length > 8 ? `等 ${divisions.length} 处` : '';
  return {
    ok: false,
    candidates: [...divisions],
    message: `${FIELD} 中的「${name}」有多个同名地区：${listed}${more}。请写上上级地区，如 ${asList(divisions[0])}`,
  };
}

/**
 * Resolves a unit's region as written — the full path, the deepest name alone, or
 * short forms — to the one division it names. Each name must lie under the one
 * before it; levels may be skipped (they are filled in). Without `suggest`, a wrong
 * name is reported without looking for near names, which costs most of a failure.
 */
export function resolveRegion(names: readonly string[], { suggest = true }: { suggest?: boolean } = {}): RegionResolution {
  const written = names.map((name) => name.trim()).filter(Boolean);
  if (!written.length) return { ok: false, candidates: [], message: `${FIELD} 不能为空：请从省级写起，如 [宁夏回族自治区, 吴忠市]` };
  let scope: Division[] | undefined;
  const expanded: { written: string; official: string }[] = [];
  for (const name of written) {
    // Villages are looked up only under a county or township written before them:
    // a village name alone is nearly always shared (北关社区: 114 places) and reading
    // every province's villages would cost seconds.
    const match = findDivisions(name, scope ? { within: scope.map((d) => d.code) } : { maxLevel: 4 });
    if (!match.divisions.length) return unknownName(name, scope, suggest);
    if (match.shortForm && match.divisions.length === 1) expanded.push({ written: name, official: match.divisions[0].name });
    scope = match.divisions;
  }
  if (scope!.length > 1) return ambiguous(written.at(-1)!, scope!);
  const division = scope![0];
  const path = divisionPath(division);
  return {
    ok: true,
    path: path.map((d) => d.name),
    codes: path.map((d) => d.code),
    code: division.code,
    division,
    expanded,
    completed: path.length > written.length,
  };
}

const codeCache = new Map<string, string | undefined>();

/** The code of the division a (validated) region path names, e.g. 652828 for [新疆维吾尔自治区, 巴音郭楞蒙古自治州, 和硕县]. */
export function regionCode(path: readonly string[]): string | undefined {
  const key = path.join('/');
  if (!codeCache.has(key)) {
    const resolution = resolveRegion(path, { suggest: false });
    codeCache.set(key, resolution.ok ? resolution.code : undefined);
  }
  return codeCache.get(key);
}

/** The division a validated region path names. */
export function regionDivision(path: readonly string[]): Division | undefined {
  const code = regionCode(path);
  return code ? divisionByCode(code) : undefined;
}
