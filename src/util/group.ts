// Grouping without copying: appending to a group is constant time, so grouping n items stays linear
// (a `[...(map.get(k) ?? []), x]` per item copies the group every time: quadratic on 50,000 findings).

/** Appends `value` to the list under `key`, creating it. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}

/** Items grouped by key, groups in order of first appearance, items in input order. */
export function groupBy<K, V>(items: Iterable<V>, key: (v: V) => K): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const v of items) pushTo(out, key(v), v);
  return out;
}
