// Whether the walk of a function can record a wrong check in the function's own body, read from its IR without
// walking it. Most functions the text filter (mayHoldWrongCheck) picks get an error pointer and test it rightly
// with IS_ERR: on drivers/net 1,188 such walks found wrong checks in 14 functions, and were a quarter of the time
// of the cleanup analyses.
//
// The walk records one (Walker.markTested) only at a test in an `if` condition, of a pointer the function got itself
// (not through a helper's summary): an `IS_ERR(x)` of a pointer whose call fails with NULL, or a zero test (`!x`,
// `x == NULL`, `if (x)`) of the variable an error-pointer call's result was given to. That pointer is made at a call
// of the acquire/release table or of a module helper whose failure return is such a pointer (checkOnly), and it
// reaches other names only by plain assignments (`q = p`). So: the names each such call's result can reach by
// assignments, in any order, against the keys tested by the conditions the walk can meet after the call (without
// a backward goto, those after it in the text). A wrong check of a helper the walk follows is the helper's own,
// found by the helper's own walk.

import { acquireSpec, managedSpec, returnsErrPtr } from '../../data/acquire-release.js';
import { type Assign, type CallExpr, type FunctionBody, normExpr } from '../../model/c/syntax/ir.js';
import { failureReturn, visit } from './summary.js';
import { assignedFrom, leaves } from './live-keys.js';

export interface OwnCheckEnv {
  /** A module function's parsed body, as the walk finds it from this function's file. */
  body(name: string, fromFile: string): FunctionBody | undefined;
  /** False for a module function whose failure return cannot be a pointer (it is then not parsed to learn it). */
  mayFailWithPointer(name: string): boolean;
}

/** An `if` whose condition tests keys a wrong check can be recorded on. */
interface TestSite {
  /** Where the `if` starts: what comes before it in the text comes before it on every path of a body without a backward goto. */
  offset: number;
  /** The calls of the condition, made before its test. */
  condCalls: readonly CallExpr[];
  /** The keys of its zero tests, and of its plain IS_ERR tests (IS_ERR_OR_NULL is never a wrong one). */
  zero: Set<string>;
  isErr: Set<string>;
}

/** False only when no walk of `fb` can record a wrong check in `fb`'s own conditions. */
export function mayCheckOwnPointerWrongly(fb: FunctionBody, env: OwnCheckEnv): boolean {
  const tests: TestSite[] = [];
  /** Each call, and where it is made in the order of the walk's graph (a loop's own calls before its body). */
  const calls: { call: CallExpr; at: number; assigns: Assign[] }[] = [];
  const assigns: Assign[] = [];
  const labels = new Map<string, number>();
  const gotos: { label: string; offset: number }[] = [];
  visit(fb.body, (s) => {
    if (s.kind === 'if') {
      const site: TestSite = { offset: s.offset, condCalls: s.cond.calls, zero: new Set(), isErr: new Set() };
      for (const t of leaves(s.cond.test)) {
        if (t.op === 'zero') site.zero.add(t.key);
        else if (t.op === 'is_err' && !t.orNull) site.isErr.add(t.key);
      }
      if (site.zero.size || site.isErr.size) tests.push(site);
    } else if (s.kind === 'label') labels.set(s.name, s.offset);
    else if (s.kind === 'goto') gotos.push(s);
    const own =
      s.kind === 'expr' || s.kind === 'return' || s.kind === 'loop'
        ? { calls: s.calls, assigns: s.assigns }
        : s.kind === 'if'
          ? s.cond
          : s.kind === 'switch'
            ? { calls: s.calls, assigns: [] }
            : undefined;
    if (!own) return;
    // (a `do ... while (f())` has its calls after its body in the text, before it in the graph: cfg.ts)
    for (const call of own.calls) calls.push({ call, at: s.kind === 'loop' ? s.offset : call.offset, assigns: own.assigns });
    assigns.push(...own.assigns);
  });
  if (tests.length === 0) return false;
  // The graph has no cycle but a backward goto's (a loop's body is walked once): without one, the walk meets the
  // statements in the order of the text.
  const textOrder = gotos.every((g) => (labels.get(g.label) ?? -1) > g.offset);
  for (const { call, at, assigns: near } of calls) {
    const after = textOrder ? tests.filter((t) => at < t.offset || t.condCalls.includes(call)) : tests;
    if (after.length === 0) continue;
    // the status the walk gives the result (the target, else the call's key) and the handles a table entry names
    const seeds = [call.key, ...near.filter((a) => a.call === call).map((a) => a.target)];
    const reach = reachedByAssignments(seeds, assigns);
    const zeroTested = after.some((t) => [...reach].some((k) => t.zero.has(k)));
    const argReach = reachedByAssignments([...seeds, ...call.args.map(normExpr)], assigns);
    const isErrTested = after.some((t) => [...argReach].some((k) => t.isErr.has(k)));
    if (!zeroTested && !isErrTested) continue;
    const failure = failureOf(call.name, fb.file, env);
    if ((failure === 'err-ptr' && zeroTested) || (failure === 'null' && isErrTested)) return true;
  }
  return false;
}

/**
 * How the pointer a call gives fails, as the walk learns it (callKind): an entry of the table or a function known to
 * return error pointers, else the returns of the module helper it follows; other calls make no pointer it tracks.
 */
function failureOf(name: string, file: string, env: OwnCheckEnv): 'err-ptr' | 'null' | undefined {
  const table = tableFailure(name);
  if (table !== undefined) return table === 'other' ? undefined : table;
  if (!env.mayFailWithPointer(name)) return undefined;
  const helper = env.body(name, file);
  return helper ? failureReturn(helper, (n) => env.body(n, file)) : undefined;
}

/**
 * How a call the walk tracks fails, as the table says: NULL or an error pointer ('other' for an entry that fails
 * otherwise, a status); undefined when the table does not know the name (a module helper's is learned from its body).
 */
export function tableFailure(name: string): 'err-ptr' | 'null' | 'other' | undefined {
  const spec = acquireSpec(name) ?? managedSpec(name);
  if (spec) return spec.failure === 'err-ptr' || spec.failure === 'null' ? spec.failure : 'other';
  return returnsErrPtr(name) ? 'err-ptr' : undefined; // (the walk tracks these as errPtrSpec)
}

/** `seeds` and every name given one of them by a plain assignment, at any remove, in any order (Walker.assign). */
function reachedByAssignments(seeds: string[], assigns: Assign[]): Set<string> {
  const out = new Set(seeds);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of assigns) {
      if (out.has(a.target)) continue;
      const v = assignedFrom(a.value);
      if (out.has(v)) {
        out.add(a.target);
        grew = true;
      }
    }
  }
  return out;
}
