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

/** A value that may be a variable's (a copy passes it on): not a number, an errno, NULL or true/false. */
const VARIABLE = /^(?!(?:NULL|true|false)$)[A-Za-z_]/;

/** What one node reads after its assignments, and what those assignments write and copy. */
interface NodeUse {
  /** Read after the node's assignments: its test's keys, a return's names and calls. */
  reads: string[];
  /** Targets given a new value (not `n++`, `v |= f()`), with the key the value is copied from. */
  writes: { target: string; from: string }[];
  /** Targets whose new value is made of the old one (`n++`, `v |= f()`). */
  updates: string[];
}

/**
 * The live keys of every node (a backward liveness over the graph): a key is live where some path on may read it
 * before writing it. What reads a key: a test (assume, truthOf, the release guards), a return (classify, the ternary,
 * the error sign), a copy of it (`a = b` reads b), an update (`n++`).
 */
export function liveKeys(cfg: Cfg): LiveKeys {
  const count = cfg.nodes.length;
  const uses: NodeUse[] = [];
  const succ: number[][] = [];
  for (const n of cfg.nodes) {
    const use: NodeUse = { reads: [], writes: [], updates: [] };
    const assigns = (list: Assign[]) => {
      for (const a of list) {
        if (readsTarget(a.value)) use.updates.push(a.target);
        else use.writes.push({ target: a.target, from: assignedFrom(a.value) });
      }
    };
    switch (n.t) {
      case 'eff':
        assigns(n.assigns);
        succ.push([n.next]);
        break;
      case 'cond':
        assigns(n.cond.assigns);
        for (const l of leaves(n.cond.test)) if ('key' in l) use.reads.push(l.key);
        succ.push([n.yes, n.no]);
        break;
      case 'ret':
        assigns(n.assigns);
        use.reads.push(...returnReads(n));
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
    uses.push(use);
  }
  // The keys the walk keeps values of at all: those read, and what a kept key is copied from, however far away.
  const read = new Set<string>(uses.flatMap((u) => u.reads));
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of uses) {
      for (const w of u.writes) {
        if (read.has(w.target) && !read.has(w.from) && VARIABLE.test(w.from)) {
          read.add(w.from);
          grew = true;
        }
      }
    }
  }
  // What each node reads and writes among them. A node that writes a key it reads keeps it live: a test after the
  // assignment in one condition, `if ((ret = f()) < 0)`, reads the new value, and keeping it is only cautious.
  const gen = uses.map((u) => [...u.reads, ...u.updates, ...u.writes.map((w) => w.from)].filter((k) => read.has(k)));
  const kill = uses.map((u, i) => u.writes.map((w) => w.target).filter((k) => read.has(k) && !gen[i].includes(k)));
  // Backward to a fixed point: a `goto` to an earlier label makes cycles. Sets only grow, so a size tells a change.
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
  // One number per distinct set.
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
