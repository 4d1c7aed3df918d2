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
  const read = new Set<string>();
  for (const u of uses) for (const k of u.reads) read.add(k);
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
  // What each node reads (gen) and writes (kill) among them, as bits of the kept keys. A node that writes a key it reads
  // keeps it live: a test after the assignment in one condition, `if ((ret = f()) < 0)`, reads the new value, and
  // keeping it is only cautious.
  const keys = [...read];
  const bit = new Map(keys.map((k, i) => [k, i]));
  const words = Math.max(1, Math.ceil(keys.length / 32));
  // rows of `words` int32 per node, in plain arrays: most graphs are small, and a typed array costs more to make
  const gen: number[] = new Array(count * words).fill(0);
  const kill: number[] = new Array(count * words).fill(0);
  const setBit = (row: number[], at: number, key: string) => {
    const b = bit.get(key);
    if (b !== undefined) row[at * words + (b >>> 5)] |= 1 << (b & 31);
  };
  uses.forEach((u, i) => {
    for (const k of u.reads) setBit(gen, i, k);
    for (const k of u.updates) setBit(gen, i, k);
    for (const w of u.writes) {
      setBit(gen, i, w.from);
      setBit(kill, i, w.target);
    }
    for (let w = i * words; w < (i + 1) * words; w++) kill[w] &= ~gen[w];
  });
  // Backward to a fixed point: a `goto` to an earlier label makes cycles. Sets only grow, so any word that differs
  // tells a change. buildCfg adds a node after its successors, so in increasing order a node is met after them: one
  // pass, and one more per label (labels are numbered first) on a cycle.
  const live: number[] = new Array(count * words).fill(0);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < count; i++) {
      for (let w = 0; w < words; w++) {
        let out = 0;
        for (const s of succ[i]) out |= live[s * words + w];
        const at = i * words + w;
        const v = (out & ~kill[at]) | gen[at];
        if (v !== live[at]) {
          live[at] = v;
          changed = true;
        }
      }
    }
  }
  // One number per distinct set.
  const at = new Int32Array(count);
  const sets: Set<string>[] = [];
  const byBits = new Map<string | number, number>();
  for (let i = 0; i < count; i++) {
    const row = words === 1 ? [live[i]] : live.slice(i * words, (i + 1) * words);
    const bits = words === 1 ? live[i] : row.join(',');
    let id = byBits.get(bits);
    if (id === undefined) {
      id = sets.push(keysOf(row, keys)) - 1;
      byBits.set(bits, id);
    }
    at[i] = id;
  }
  return { at, sets };
}

/** The keys whose bits `row` holds. */
function keysOf(row: number[], keys: string[]): Set<string> {
  const out = new Set<string>();
  for (let b = 0; b < keys.length; b++) if (row[b >>> 5] & (1 << (b & 31))) out.add(keys[b]);
  return out;
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
