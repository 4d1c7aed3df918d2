// The liveness of the walk's keys (live-keys.ts) against the same equations solved with plain sets, on random
// function bodies: assignments, copies, updates, tests, returns, gotos back and forth, and more keys than one word of
// bits holds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCfg, type Cfg } from '../../src/analysis/cleanup/cfg.js';
import { assignedFrom, leaves, liveKeys, readsTarget, returnReads } from '../../src/analysis/cleanup/live-keys.js';
import type { Assign, Stmt, Test } from '../../src/model/c/syntax/ir.js';

/** 40 names: more than the 32 bits of one word. */
const NAMES = Array.from({ length: 40 }, (_, i) => `k${i}`);
const LABELS = ['out', 'err', 'again'];

const name = fc.constantFrom(...NAMES);
const assign: fc.Arbitrary<Assign> = fc.oneof(
  fc.record({ target: name, value: name }), // a copy
  fc.record({ target: name, value: fc.constantFrom('0', 'NULL', '-12', '++', '?') }),
  fc.record({ target: name, value: name.map((n) => `${n}=f()`) }), // a chain `a = b = f()`
);
const test: fc.Arbitrary<Test> = fc.letrec<{ t: Test }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small' },
    fc.record({ op: fc.constant('zero' as const), key: name }),
    fc.record({ op: fc.constant('neg' as const), key: name }),
    fc.record({ op: fc.constant('not' as const), arg: tie('t') }),
    fc.record({ op: fc.constantFrom('and' as const, 'or' as const), left: tie('t'), right: tie('t') }),
  ),
})).t;
const at = { line: 1, offset: 0, text: '' };
const stmts: fc.Arbitrary<Stmt[]> = fc.letrec<{ list: Stmt[]; one: Stmt }>((tie) => ({
  list: fc.array(tie('one'), { maxLength: 6 }),
  one: fc.oneof(
    { depthSize: 'small' },
    fc.array(assign, { maxLength: 3 }).map((assigns) => ({ ...at, kind: 'expr' as const, calls: [], assigns })),
    fc
      .record({
        test,
        assigns: fc.array(assign, { maxLength: 1 }),
        whenTrue: tie('list'),
        whenFalse: fc.option(tie('list'), { nil: undefined }),
      })
      .map(
        ({ test, assigns, whenTrue, whenFalse }) =>
          ({ ...at, kind: 'if' as const, cond: { text: '', test, calls: [], assigns }, whenTrue, whenFalse }) as Stmt,
      ),
    fc.option(name, { nil: undefined }).map((value) => ({ ...at, kind: 'return' as const, value, calls: [], assigns: [] })),
    fc.constantFrom(...LABELS).map((label) => ({ ...at, kind: 'goto' as const, label })),
    fc.constantFrom(...LABELS).map((n) => ({ ...at, kind: 'label' as const, name: n })),
    tie('list').map((body) => ({ ...at, kind: 'loop' as const, calls: [], assigns: [], body })),
  ),
})).list as fc.Arbitrary<Stmt[]>;

/** The same equations with a set per node, iterated to a fixed point in any order. */
function reference(cfg: Cfg): Set<string>[] {
  const reads: string[][] = [];
  const writes: { target: string; from: string }[][] = [];
  const updates: string[][] = [];
  const succ: number[][] = [];
  for (const n of cfg.nodes) {
    const r: string[] = [];
    const w: { target: string; from: string }[] = [];
    const u: string[] = [];
    const assigns = (list: Assign[]) => {
      for (const a of list) {
        if (readsTarget(a.value)) u.push(a.target);
        else w.push({ target: a.target, from: assignedFrom(a.value) });
      }
    };
    if (n.t === 'eff') assigns(n.assigns);
    if (n.t === 'cond') {
      assigns(n.cond.assigns);
      for (const l of leaves(n.cond.test)) if ('key' in l) r.push(l.key);
    }
    if (n.t === 'ret') {
      assigns(n.assigns);
      r.push(...returnReads(n));
    }
    reads.push(r);
    writes.push(w);
    updates.push(u);
    succ.push(n.t === 'eff' || n.t === 'nop' ? [n.next] : n.t === 'cond' ? [n.yes, n.no] : n.t === 'multi' ? n.succ : []);
  }
  const kept = new Set(reads.flat());
  for (let grew = true; grew; ) {
    grew = false;
    for (const w of writes.flat()) {
      if (kept.has(w.target) && !kept.has(w.from) && /^(?!(?:NULL|true|false)$)[A-Za-z_]/.test(w.from)) {
        kept.add(w.from);
        grew = true;
      }
    }
  }
  const gen = cfg.nodes.map((_, i) => [...reads[i], ...updates[i], ...writes[i].map((w) => w.from)].filter((k) => kept.has(k)));
  const kill = cfg.nodes.map((_, i) => writes[i].map((w) => w.target).filter((k) => kept.has(k) && !gen[i].includes(k)));
  const live = cfg.nodes.map(() => new Set<string>());
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = cfg.nodes.length - 1; i >= 0; i--) {
      const out = new Set<string>();
      for (const s of succ[i]) for (const k of live[s]) out.add(k);
      for (const k of kill[i]) out.delete(k);
      for (const k of gen[i]) out.add(k);
      if (out.size !== live[i].size) {
        live[i] = out;
        changed = true;
      }
    }
  }
  return live;
}

describe('live keys (property)', () => {
  it('gives every node of a random body the keys the plain equations give it', () => {
    fc.assert(
      fc.property(stmts, (body) => {
        const cfg = buildCfg(body);
        fc.pre(cfg.missingLabels.length === 0);
        const live = liveKeys(cfg);
        const want = reference(cfg);
        cfg.nodes.forEach((_, i) => {
          expect([...live.sets[live.at[i]]].sort()).toEqual([...want[i]].sort());
        });
        // equal sets share one number, so a walk's narrowing is looked up once per set
        const texts = live.sets.map((s) => [...s].sort().join(' '));
        expect(new Set(texts).size).toBe(texts.length);
      }),
      { numRuns: 400 },
    );
  });
});
