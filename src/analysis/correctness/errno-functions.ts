// Functions that report failure as a negative errno: the kernel's (derived from its source by
// scripts/gen-errno-functions.mjs, plus the acquire table's 'negative' family) and the module's own
// that return `-E...` or pass such a result on.

import { ACQUIRE_SPECS } from '../../data/acquire-release.js';
import data from '../../data/errno-functions.json' with { type: 'json' };
import { signedness } from '../../model/c/syntax/types.js';
import type { FunctionFacts } from './file-facts.js';
import type { RepoTypes } from './repo-types.js';

// Made on first use: most audits never ask (the rule asks only about an unsigned operand tested against zero).
let kernelSet: Set<string> | undefined;
function kernelErrnoFunctions(): Set<string> {
  kernelSet ??= new Set<string>([...data.functions, ...ACQUIRE_SPECS.filter((s) => s.failure === 'negative').flatMap((s) => s.acquire)]);
  return kernelSet;
}

/** Whether a function's result may be a negative errno, in this repository. */
export interface ErrnoFunctions {
  has(name: string): boolean;
}

/**
 * The kernel's errno functions, less those the module defines returning no signed integer, plus the module's signed
 * functions that return `-E...` or the result of one of them (a least fixed point). Answered per name asked: only
 * the definitions a name's answer depends on (its own, and theirs through the results they return) are read, each
 * from its file parsed whole.
 */
export function errnoFunctions(t: RepoTypes): ErrnoFunctions {
  const signed = (fn: FunctionFacts) => !!fn.returnType && signedness(fn.returnType, t.typedefs) === 'signed';
  // A kernel function the module defines with another return type is the module's.
  const kernel = kernelErrnoFunctions();
  const inBase = (n: string) => kernel.has(n) && t.definitions(n).every(({ fn }) => signed(fn));
  const signedDefinitions = (n: string) => t.definitions(n).filter(({ fn }) => signed(fn));
  const known = new Map<string, boolean>();
  return {
    has(name: string): boolean {
      const answer = known.get(name);
      if (answer !== undefined) return answer;
      // Every name the answer depends on: a name in the base is in whatever its bodies return.
      const closure = new Set<string>([name]);
      const todo = [name];
      for (let n = todo.pop(); n !== undefined; n = todo.pop()) {
        if (known.has(n) || inBase(n)) continue;
        for (const { fn } of signedDefinitions(n)) {
          for (const c of fn.returnsResultOf) {
            if (c === fn.name || closure.has(c)) continue;
            closure.add(c);
            todo.push(c);
          }
        }
      }
      const out = new Set([...closure].filter((n) => inBase(n) || known.get(n) === true));
      for (let changed = true; changed; ) {
        changed = false;
        for (const n of closure) {
          if (out.has(n) || known.has(n)) continue;
          if (signedDefinitions(n).some(({ fn }) => fn.returnsErrno || fn.returnsResultOf.some((c) => c !== n && out.has(c)))) {
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
