/**
 * The desk's 所属地区 field: the region picked level by level from the official divisions,
 * province → prefecture → county → (optionally) township, written as the full path of
 * official names the region schema stores. The data is fetched when a unit's form opens:
 * divisions/upper.json (provinces to counties, 112 KB, 28 KB gzipped), then one
 * province's townships (12–112 KB) when a county in it is picked (src/desk/divisionData.ts).
 */
import { createElement as h, useEffect, useState } from 'react';
import type { WidgetProps } from './widgetProps.ts';

type Row = [code: string, name: string, parentCode: string];

/** The rows read so far, by code and by parent, and which provinces' townships are among them. */
class Divisions {
  readonly byCode = new Map<string, Row>();
  readonly children = new Map<string, Row[]>();
  readonly townshipsOf = new Set<string>();

  add(rows: readonly Row[]): void {
    for (const row of rows) {
      this.byCode.set(row[0], row);
      const siblings = this.children.get(row[2]) ?? [];
      siblings.push(row);
      this.children.set(row[2], siblings);
    }
  }

  childrenOf(code: string): Row[] {
    return this.children.get(code) ?? [];
  }

  /** A county, or a prefecture without counties (东莞市), has townships below it. */
  needsTownships(code: string): boolean {
    return code.length === 6 && !code.endsWith('0000') && this.childrenOf(code).length === 0 && !this.townshipsOf.has(code.slice(0, 2));
  }

  async loadTownships(code: string): Promise<void> {
    const province = code.slice(0, 2);
    if (this.townshipsOf.has(province)) return;
    this.add((await fetchJson(`divisions/${province}.json`)) as Row[]);
    this.townshipsOf.add(province);
  }

  /** The codes of `names` walked from the province down, as far as they match. */
  walk(names: readonly string[]): string[] {
    const codes: string[] = [];
    for (const name of names) {
      const next = this.childrenOf(codes.at(-1) ?? '').find((row) => row[1] === name);
      if (!next) break;
      codes.push(next[0]);
    }
    return codes;
  }

  /** The path down to the one division called `name` among those read, if exactly one is. */
  pathTo(name: string): string[] {
    const found = [...this.byCode.values()].filter((row) => row[1] === name);
    if (found.length !== 1) return [];
    const codes: string[] = [];
    for (let row: Row | undefined = found[0]; row; row = this.byCode.get(row[2])) codes.unshift(row[0]);
    return codes;
  }

  names(codes: readonly string[]): string[] {
    return codes.map((code) => this.byCode.get(code)?.[1] ?? code);
  }
}

let shared: Promise<Divisions> | undefined;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** Provinces to counties, fetched once for every form that needs them. */
function upperDivisions(): Promise<Divisions> {
  shared ??= fetchJson('divisions/upper.json').then((rows) => {
    const divisions = new Divisions();
    divisions.add(rows as Row[]);
    return divisions;
  });
  shared.catch(() => (shared = undefined));
  return shared;
}

/** The stored region as names: Decap hands a list field's value over as an Immutable list. */
function namesOf(value: unknown): string[] {
  const list = value && typeof value === 'object' && 'toArray' in value ? (value as { toArray(): unknown[] }).toArray() : value;
  return Array.isArray(list) ? list.map(String) : [];
}

const LEVELS: [RegExp, string][] = [
  [/^\d{2}0000$/, '省级'],
  [/^\d{4}00$/, '地级'],
  [/^\d{6}$/, '县级'],
  [/^\d{9}$/, '乡级'],
];
const levelName = (code: string) => LEVELS.find(([pattern]) => pattern.test(code))?.[1] ?? '下一级';

/** Codes for the stored names: the path as written, or the one division its deepest name is. */
async function codesFor(divisions: Divisions, names: readonly string[]): Promise<string[]> {
  let codes = divisions.walk(names);
  const last = codes.at(-1);
  if (codes.length < names.length && last && divisions.needsTownships(last)) {
    await divisions.loadTownships(last);
    codes = divisions.walk(names);
  }
  if (codes.length === names.length) return codes;
  const deepest = names.at(-1);
  return deepest && names.length === 1 ? divisions.pathTo(deepest) : codes;
}

export function RegionControl({ value, onChange, forID, classNameWrapper }: WidgetProps) {
  const [divisions, setDivisions] = useState<Divisions>();
  const [failed, setFailed] = useState(false);
  const [codes, setCodes] = useState<string[]>([]);
  const [, setLoaded] = useState(0);
  const stored = namesOf(value);

  useEffect(() => {
    let current = true;
    upperDivisions()
      .then(async (loaded) => {
        const initial = await codesFor(loaded, stored);
        if (!current) return;
        setDivisions(loaded);
        setCodes(initial);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
    // The stored value is read once, when the form opens; later changes come from the lists.
  }, []);

  if (failed) return h('p', { className: classNameWrapper, role: 'alert' }, '行政区划数据载入失败：请刷新页面，或看运行 npm run desk 的终端窗口。');
  if (!divisions) return h('p', { className: classNameWrapper }, '正在载入行政区划…');

  const pick = (level: number, code: string) => {
    const next = code ? [...codes.slice(0, level), code] : codes.slice(0, level);
    setCodes(next);
    onChange(divisions.names(next));
    if (code && divisions.needsTownships(code))
      divisions
        .loadTownships(code)
        .then(() => setLoaded((count) => count + 1))
        .catch(() => setFailed(true));
  };

  const lists = [];
  for (let level = 0; level <= codes.length && level < 4; level++) {
    const options = divisions.childrenOf(codes[level - 1] ?? '');
    if (options.length === 0) break;
    const label = `所属地区：${levelName(options[0]![0])}`;
    lists.push(
      h(
        'select',
        {
          key: level,
          id: level === 0 ? forID : undefined,
          'aria-label': label,
          value: codes[level] ?? '',
          onChange: (event: { target: { value: string } }) => pick(level, event.target.value),
          style: { width: 'auto', maxWidth: '100%' },
        },
        h('option', { value: '' }, level >= 3 ? '（不选，写到县级）' : `选择${levelName(options[0]![0])}…`),
        ...options.map(([code, name]) => h('option', { key: code, value: code }, name)),
      ),
    );
  }
  const picked = divisions.names(codes);
  const differs = stored.length > 0 && stored.join('/') !== picked.join('/');
  return h(
    'div',
    { className: classNameWrapper },
    h('div', { style: { display: 'flex', gap: '0.5rem', flexWrap: 'wrap' } }, ...lists),
    differs
      ? h('p', null, `当前填写：${stored.join(' › ')}（保存时按行政区划补全为完整写法；也可以在上面重新选择）`)
      : h('p', null, picked.length ? `将写入：${picked.join(' › ')}` : '请从省级开始选择'),
  );
}

/** The preview pane: 云南省 › 德宏傣族景颇族自治州 › 芒市. */
export function RegionPreview({ value }: { value?: unknown }) {
  return h('p', null, namesOf(value).join(' › '));
}
