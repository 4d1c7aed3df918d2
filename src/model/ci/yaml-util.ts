// YAML with source lines: values via toJS (anchors and merge keys resolved), lines via the node tree.

import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export interface YamlFile {
  value: unknown;
  /** 1-based line of a node, or 1. */
  lineOf(node: unknown): number;
  /** Node at a key path under the root (`['jobs', 'build', 'steps']`). */
  nodeAt(path: (string | number)[]): Node | undefined;
  error?: { line: number; message: string };
}

export function readYaml(text: string): YamlFile {
  const lc = new LineCounter();
  // logLevel error: a repository's odd YAML (a collection as a key) must not print Node warnings into the user's log.
  const doc = parseDocument(text, { lineCounter: lc, merge: true, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const err = doc.errors[0];
  const lineOf = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    return range ? lc.linePos(range[0]).line : 1;
  };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 10_000 });
  } catch {
    value = undefined;
  }
  const nodeAt = (path: (string | number)[]): Node | undefined => {
    let n: unknown = doc.contents;
    for (const key of path) {
      if (isMap(n)) {
        const pair = n.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        n = pair?.value ?? undefined;
      } else if (isSeq(n) && typeof key === 'number') n = n.items[key];
      else return undefined;
    }
    return n as Node | undefined;
  };
  /** The line of a key rather than its value, for anchoring findings at `jobs.build:`. */
  return {
    value,
    lineOf,
    nodeAt,
    error: err ? { line: err.linePos?.[0]?.line ?? 1, message: err.message.split('\n')[0] } : undefined,
  };
}

/** Line of the key `path[last]` in its parent map. */
export function keyLine(y: YamlFile, path: (string | number)[]): number {
  const parent = y.nodeAt(path.slice(0, -1));
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
    if (pair) return y.lineOf(pair.key);
  }
  return y.lineOf(y.nodeAt(path));
}

export const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

export const asText = (v: unknown): string =>
  Array.isArray(v) ? v.map(asText).join('\n') : typeof v === 'string' || typeof v === 'number' ? String(v) : '';
