/**
 * The division lookups: by code, by name or short form, paths and children. Levels are
 * read lazily: provinces to counties at first use, townships when a name is not found
 * above them, villages when a name is not found down to townships; below a given
 * division, only that division's province is read.
 */
import { readLowerLevel, readUpperLevels } from './source.ts';
import { shortFormsOf } from './shortForms.ts';
import type { Division, DivisionLevel } from './types.ts';

interface Catalog {
  byCode: Map<string, Division>;
  byName: Map<string, Division[]>;
  byShortForm: Map<string, Division[]>;
  children: Map<string, Division[]>;
  /** Provinces (two-digit prefixes) whose townships, and whose villages, have been read. */
  loaded: { 4: Set<string>; 5: Set<string> };
}

let catalog: Catalog | undefined;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function add(divisions: readonly Division[]): void {
  const { byCode, byName, byShortForm, children } = catalog!;
  const parents = new Set<string>();
  for (const division of divisions) {
    byCode.set(division.code, division);
    push(byName, division.name, division);
    for (const form of shortFormsOf(division)) push(byShortForm, form, division);
    push(children, division.parentCode ?? '', division);
    parents.add(division.parentCode ?? '');
  }
  // A level read later can add to a list already read (东莞市 gets its townships), so code order is restored.
  for (const parent of parents) children.get(parent)!.sort((a, b) => a.code.localeCompare(b.code));
}

function upper(): Catalog {
  if (!catalog) {
    catalog = { byCode: new Map(), byName: new Map(), byShortForm: new Map(), children: new Map(), loaded: { 4: new Set(), 5: new Set() } };
    add(readUpperLevels());
  }
  return catalog;
}

const provincePrefixes = (codes?: readonly string[]) =>
  codes
    ? [...new Set(codes.map((code) => code.slice(0, 2)))]
    : upper()
        .children.get('')!
        .map((province) => province.code.slice(0, 2));

/** Townships (level 4), or villages with their townships (level 5), of the given provinces or of all. */
function withLower(level: 4 | 5, provinces?: readonly string[]): Catalog {
  const loaded = upper();
  for (const province of provincePrefixes(provinces)) {
    for (const lower of level === 5 ? ([4, 5] as const) : ([4] as const)) {
      if (loaded.loaded[lower].has(province)) continue;
      loaded.loaded[lower].add(province);
      add(readLowerLevel(lower, province));
    }
  }
  return loaded;
}

const levelOfCode = (code: string): DivisionLevel => (code.length === 12 ? 5 : code.length === 9 ? 4 : 3);

/** The division with this code (6 digits GB/T 2260, 9 for a township, 12 for a village), if any. */
export function divisionByCode(code: string): Division | undefined {
  const level = levelOfCode(code);
  return (level >= 4 ? withLower(level as 4 | 5, [code]) : upper()).byCode.get(code);
}

/** The division and those above it, from the province down. */
export function divisionPath(division: Division): Division[] {
  const path = [division];
  for (let parent = division.parentCode; parent;) {
    const above = divisionByCode(parent);
    if (!above) break;
    path.unshift(above);
    parent = above.parentCode;
  }
  return path;
}

/** Whether `division` is `ancestorCode` or lies under it. */
export function isWithin(division: Division, ancestorCode: string): boolean {
  for (let code: string | undefined = division.code; code; code = divisionByCode(code)?.parentCode) {
    if (code === ancestorCode) return true;
  }
  return false;
}

/** The divisions directly under a division, in code order; the provinces without a code. */
export function childDivisions(code?: string): Division[] {
  const level = code ? (divisionByCode(code)?.level ?? 0) : 0;
  // A city without counties (东莞市) has townships for children, so they are read from level 2 on.
  const loaded = level >= 2 ? withLower(level >= 4 ? 5 : 4, [code!]) : upper();
  return [...(loaded.children.get(code ?? '') ?? [])];
}

/** Every division of one level, in code order (villages only of the given province). */
export function divisionsAtLevel(level: DivisionLevel, provinceCode?: string): Division[] {
  const loaded = level >= 4 ? withLower(level as 4 | 5, provinceCode ? [provinceCode] : undefined) : upper();
  return [...loaded.byCode.values()]
    .filter((d) => d.level === level && (!provinceCode || d.code.startsWith(provinceCode.slice(0, 2))))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export interface NameQuery {
  /** Only divisions at or under one of these codes. */
  within?: readonly string[];
  /** Do not read levels below this one (3 keeps the lookup to the small upper levels). */
  maxLevel?: DivisionLevel;
}

export interface NameMatch {
  divisions: Division[];
  /** Whether the name was a short form (德宏州) rather than an official name. */
  shortForm: boolean;
}

function lookUp(loaded: Catalog, name: string, query: NameQuery, levels: readonly DivisionLevel[]): NameMatch {
  const keep = (d: Division) => levels.includes(d.level) && (!query.within || query.within.some((code) => isWithin(d, code)));
  const exact = (loaded.byName.get(name) ?? []).filter(keep);
  if (exact.length) return { divisions: exact, shortForm: false };
  return { divisions: (loaded.byShortForm.get(name) ?? []).filter(keep), shortForm: true };
}

/**
 * Divisions called `name`: official names first, short forms when no official name
 * matches. Lower levels are read only when nothing matches above them.
 */
export function findDivisions(name: string, query: NameQuery = {}): NameMatch {
  const maxLevel = query.maxLevel ?? 5;
  const upperMatch = lookUp(upper(), name, query, [1, 2, 3]);
  if (upperMatch.divisions.length || maxLevel <= 3) return upperMatch;
  // Under a division, only its province's lower levels are read.
  const townshipMatch = lookUp(withLower(4, query.within), name, query, [4]);
  if (townshipMatch.divisions.length || maxLevel <= 4) return townshipMatch;
  return lookUp(withLower(5, query.within), name, query, [5]);
}

/** The name and short-form indexes of every division read so far, for suggestions. */
export function knownNames(): ReadonlyMap<string, Division[]>[] {
  const loaded = upper();
  return [loaded.byName, loaded.byShortForm];
}
