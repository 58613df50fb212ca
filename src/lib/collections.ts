/** Small, generic list helpers the pages share. */

export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Distinct values, in order of first appearance. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** What a Map or a WeakMap offers `keptIn`. */
interface Keeping<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value `kept` holds for `key`, made by `make` and kept the first time it is asked for (undefined values too). */
export function keptIn<K, V>(kept: Keeping<K, V>, key: K, make: () => V): V {
  if (kept.has(key)) return kept.get(key) as V;
  const value = make();
  kept.set(key, value);
  return value;
}
