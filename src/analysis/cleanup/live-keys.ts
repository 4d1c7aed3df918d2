// Which of a walk's known values a path can still read at each node of the function's graph (a backward liveness
// analysis). Two paths that differ only in a value no later step reads take the same steps from there on, so the walk
// forgets such values where a path reaches a node: it then meets the other path's state and stops walking it twice.

import type { Assign, Test } from '../../model/c/syntax/ir.js';
import { normExpr } from '../../model/c/syntax/ir.js';
import type { Cfg } from './cfg.js';

/** Per node of the graph, the keys a step from it on may read: a number per distinct set, and the sets. */
export interface LiveKeys {
  /** Per node: the index of its set in `sets`. */
  at: Int32Array;
  sets: ReadonlySet<string>[];
}

/**
 * The live keys of every node, among `universe` (the keys the walk keeps values of at all). What a node reads: its
 * test's keys, a return's names and calls (as readKeys has them), the source of a copy, the target of `n++` or
 * `v |= f()`; what it writes: the target of any other assignment, unless the node reads it too (a test after the
 * assignment in one condition, `if ((ret = f()) < 0)`, reads the new value, and keeping it live is only cautious).
 */
export function liveKeys(cfg: Cfg, universe: ReadonlySet<string>): LiveKeys {
  const count = cfg.nodes.length;
  const gen: string[][] = [];
  const kill: string[][] = [];
  const succ: number[][] = [];
  for (const n of cfg.nodes) {
    const g: string[] = [];
    const k: string[] = [];
    const assigns = (list: Assign[]) => {
      for (const a of list) {
        if (readsTarget(a.value)) g.push(a.target);
        else {
          g.push(assignedFrom(a.value));
          k.push(a.target);
        }
      }
    };
    switch (n.t) {
      case 'eff':
        assigns(n.assigns);
        succ.push([n.next]);
        break;
      case 'cond':
        assigns(n.cond.assigns);
        for (const l of leaves(n.cond.test)) if ('key' in l) g.push(l.key);
        succ.push([n.yes, n.no]);
        break;
      case 'ret':
        assigns(n.assigns);
        g.push(...returnReads(n));
        succ.push([]);
        break;
      case 'multi':
        succ.push(n.succ);
        break;
      case 'nop':
        succ.push([n.next]);
        break;
      case 'end':
        succ.push([]);
        break;
    }
    const gs = g.filter((x) => universe.has(x));
    gen.push(gs);
    kill.push(k.filter((x) => universe.has(x) && !gs.includes(x)));
  }
  // Backward to a fixed point: a `goto` to an earlier label makes cycles.
  const live: Set<string>[] = Array.from({ length: count }, () => new Set());
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = count - 1; i >= 0; i--) {
      const out = new Set<string>();
      for (const s of succ[i]) for (const x of live[s]) out.add(x);
      for (const x of kill[i]) out.delete(x);
      for (const x of gen[i]) out.add(x);
      if (out.size !== live[i].size) {
        live[i] = out;
        changed = true;
      }
    }
  }
  // Sets only grow, so equal sizes mean equal sets at the fixed point. One number per distinct set.
  const at = new Int32Array(count);
  const sets: Set<string>[] = [];
  const byText = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const text = [...live[i]].sort().join('\n');
    let id = byText.get(text);
    if (id === undefined) {
      id = sets.push(live[i]) - 1;
      byText.set(text, id);
    }
    at[i] = id;
  }
  return { at, sets };
}

/** Assignments whose new value is made of the target's old one (`val |= f()`, `n++`). */
export function readsTarget(value: string): boolean {
  return value === '?' || value === '++' || value === '--';
}

/** What an assignment's value (normExpr) gives its target: the first name of a chain `a = b = f()`, else the value. */
export function assignedFrom(value: string): string {
  const chained = /^([A-Za-z_][\w>.-]*)=[^=]/.exec(value);
  return chained ? chained[1].replace(/-$/, '') : value;
}

/** The tests a condition is made of, through `!`, `&&` and `||` (the walk's markTested reads each). */
export function leaves(t: Test): Test[] {
  if (t.op === 'not') return leaves(t.arg);
  if (t.op === 'and' || t.op === 'or') return [...leaves(t.left), ...leaves(t.right)];
  return [t];
}

/** What a return reads: its calls' keys and arguments, its value whole and each name in it. */
export function returnReads(n: { value?: string; calls: { key: string; args: string[] }[] }): string[] {
  const out: string[] = [];
  for (const c of n.calls) {
    out.push(c.key);
    for (const a of c.args) out.push(normExpr(a)); // `return PTR_ERR_OR_ZERO(p[0]);`
  }
  if (n.value) {
    out.push(normExpr(n.value));
    for (const w of n.value.replace(/\s+/g, '').match(/[A-Za-z_][\w>.-]*/g) ?? []) out.push(normExpr(w));
  }
  return out;
}
