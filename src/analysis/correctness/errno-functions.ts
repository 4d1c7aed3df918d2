// Functions that report failure as a negative errno: the kernel's (derived from its source by
// scripts/gen-errno-functions.mjs, plus the acquire table's 'negative' family) and the module's own
// that return `-E...` or pass such a result on.

import { ACQUIRE_SPECS } from '../../data/acquire-release.js';
import data from '../../data/errno-functions.json' with { type: 'json' };
import { signedness } from '../../model/c/syntax/types.js';
import { pushTo } from '../../util/group.js';
import type { FunctionFacts } from './file-facts.js';
import type { RepoTypes } from './repo-types.js';

const kernelSet = new Set<string>([...data.functions, ...ACQUIRE_SPECS.filter((s) => s.failure === 'negative').flatMap((s) => s.acquire)]);

export function isKernelErrnoFunction(name: string): boolean {
  return kernelSet.has(name);
}

/** Whether a function's result may be a negative errno, in this repository. */
export interface ErrnoFunctions {
  has(name: string): boolean;
}

type Returns = Pick<FunctionFacts, 'returnsErrno' | 'returnsResultOf'>;

/**
 * The kernel's errno functions, less those the module defines returning no signed integer, plus the module's signed
 * functions that return `-E...` or the result of one of them (a least fixed point). Answered per name asked: only
 * the functions a name's answer depends on (its definitions, and theirs through the results they return) have their
 * returns read, since reading them costs a second, whole parse of their file.
 */
export function errnoFunctions(t: RepoTypes): ErrnoFunctions {
  const base = new Set(kernelSet);
  // The module's signed functions by name, with where each is defined.
  const signed = new Map<string, { path: string; fn: FunctionFacts }[]>();
  for (const [path, file] of t.files) {
    for (const fn of file.functions) {
      if (!fn.returnType || signedness(fn.returnType, t.typedefs) !== 'signed') base.delete(fn.name);
      else pushTo(signed, fn.name, { path, fn });
    }
  }
  const known = new Map<string, boolean>();
  const returns = new Map<FunctionFacts, Returns>();
  const returnsOf = (path: string, fn: FunctionFacts): Returns => {
    let r = returns.get(fn);
    if (!r) {
      r = t.returnsOf(path, fn);
      returns.set(fn, r);
    }
    return r;
  };
  return {
    has(name: string): boolean {
      const answer = known.get(name);
      if (answer !== undefined) return answer;
      // Every name the answer depends on: a name in the base is in whatever its bodies return.
      const closure = new Set<string>([name]);
      const todo = [name];
      for (let n = todo.pop(); n !== undefined; n = todo.pop()) {
        if (base.has(n) || known.has(n)) continue;
        for (const { path, fn } of signed.get(n) ?? []) {
          for (const c of returnsOf(path, fn).returnsResultOf) {
            if (c === fn.name || closure.has(c)) continue;
            closure.add(c);
            todo.push(c);
          }
        }
      }
      const out = new Set([...closure].filter((n) => base.has(n) || known.get(n) === true));
      for (let changed = true; changed; ) {
        changed = false;
        for (const n of closure) {
          if (out.has(n) || known.has(n)) continue;
          const fns = signed.get(n) ?? [];
          if (
            fns.some(
              ({ path, fn }) => returnsOf(path, fn).returnsErrno || returnsOf(path, fn).returnsResultOf.some((c) => c !== n && out.has(c)),
            )
          ) {
            out.add(n);
            changed = true;
          }
        }
      }
      for (const n of closure) known.set(n, out.has(n));
      return out.has(name);
    },
  };
}
