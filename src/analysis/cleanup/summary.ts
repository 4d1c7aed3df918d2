// What a module function returns on failure, read once from its body: an error pointer
// (`return ERR_PTR(-ENOMEM);`), NULL, or neither. Call sites in the module then check its result
// as they would a kernel function's.

import { returnsErrPtr, returnsNull } from '../../data/acquire-release.js';
import type { FunctionBody, Stmt } from '../../model/c/syntax/ir.js';
import { normExpr } from '../../model/c/syntax/ir.js';

export type FailureReturn = 'err-ptr' | 'null' | undefined;

/** Looks up a module function's body by name (undefined for kernel functions). */
export type BodyLookup = (name: string) => FunctionBody | undefined;

const cache = new WeakMap<FunctionBody, FailureReturn>();

/**
 * `err-ptr` when every failure return is an error pointer, `null` when every one is NULL; undefined
 * when the function mixes both (the caller must use IS_ERR_OR_NULL) or returns no pointer.
 */
export function failureReturn(fb: FunctionBody, lookup: BodyLookup, stack: string[] = []): FailureReturn {
  const hit = cache.get(fb);
  if (hit !== undefined || cache.has(fb)) return hit;
  cache.set(fb, undefined); // recursion guard
  const kinds = new Set<'err-ptr' | 'null'>();
  const assigned = new Map<string, string[]>();
  const returns: string[] = [];
  visit(fb.body, (s) => {
    if (s.kind === 'return' && s.value) returns.push(s.value.replace(/\s+/g, ''));
    const assigns = s.kind === 'expr' || s.kind === 'return' ? s.assigns : s.kind === 'if' ? s.cond.assigns : [];
    for (const a of assigns) {
      const list = assigned.get(a.target) ?? [];
      list.push(a.call ? `${a.call.name}(` : a.value);
      assigned.set(a.target, list);
    }
  });
  type Kind = 'err-ptr' | 'null' | 'ok' | 'unknown';
  const kindOfCall = (name: string): Kind => {
    if (/^(ERR_PTR|ERR_CAST)$/.test(name)) return 'err-ptr';
    if (returnsErrPtr(name)) return 'err-ptr';
    if (returnsNull(name)) return 'null';
    if (stack.includes(name)) return 'unknown';
    const inner = lookup(name);
    return (inner && failureReturn(inner, lookup, [...stack, fb.name])) || 'unknown';
  };
  /** What a returned value is; a call of unknown behaviour makes the whole function unknown. */
  const kindOf = (v: string, viaVariable: boolean): Kind => {
    if (/^\(?NULL\)?$|^\(\w+\*\)(NULL|0)$/.test(v)) return 'null';
    const call = /^([A-Za-z_]\w*)\(.*\)$/.exec(v);
    if (call) {
      const k = kindOfCall(call[1]);
      // a NULL-returning call's result returned through a variable has been checked on the way
      return viaVariable && k === 'null' ? 'ok' : k;
    }
    if (/^&?[A-Za-z_][\w>.\-[\]]*$/.test(v)) return 'ok';
    return 'unknown';
  };
  for (const v of returns) {
    const name = normExpr(v);
    const values = /^[A-Za-z_][\w>.-]*$/.test(v) ? assigned.get(name) : undefined;
    // `ret = ERR_PTR(-EINVAL); ... return ret;`: what the variable was given
    const ks = values ? values.map((value) => kindOf(value.endsWith('(') ? `${value})` : value, true)) : [kindOf(v, false)];
    for (const k of ks) {
      if (k === 'unknown') {
        cache.set(fb, undefined);
        return undefined;
      }
      if (k !== 'ok') kinds.add(k);
    }
  }
  const result = kinds.size === 1 ? [...kinds][0] : undefined;
  cache.set(fb, result);
  return result;
}

/** Calls `f` on every statement of `stmts`, nested ones included, in source order. */
export function visit(stmts: Stmt[], f: (s: Stmt) => void): void {
  for (const s of stmts) {
    f(s);
    if (s.kind === 'if') {
      visit(s.whenTrue, f);
      if (s.whenFalse) visit(s.whenFalse, f);
    } else if (s.kind === 'loop' || s.kind === 'block') visit(s.body, f);
    else if (s.kind === 'switch') for (const c of s.cases) visit(c.body, f);
  }
}

/** Names of every call a body makes (`kthread_complete_and_exit` in a thread function). */
export function calledNames(fb: FunctionBody): Set<string> {
  const out = new Set<string>();
  visit(fb.body, (s) => {
    const calls =
      s.kind === 'expr' || s.kind === 'return' || s.kind === 'loop' || s.kind === 'switch' ? s.calls : s.kind === 'if' ? s.cond.calls : [];
    for (const c of calls) out.add(c.name);
  });
  return out;
}
