// Functions that report failure as a negative errno: the kernel's (derived from its source by
// scripts/gen-errno-functions.mjs, plus the acquire table's 'negative' family) and the module's own
// that return `-E...` or pass such a result on.

import { ACQUIRE_SPECS } from '../../data/acquire-release.js';
import data from '../../data/errno-functions.json' with { type: 'json' };
import { signedness } from '../../model/c/syntax/types.js';
import type { RepoTypes } from './repo-types.js';

const kernelSet = new Set<string>([...data.functions, ...ACQUIRE_SPECS.filter((s) => s.failure === 'negative').flatMap((s) => s.acquire)]);

export function isKernelErrnoFunction(name: string): boolean {
  return kernelSet.has(name);
}

/** Every function name whose result may be a negative errno, for this repository. */
export function errnoFunctions(t: RepoTypes): Set<string> {
  const out = new Set(kernelSet);
  const fns = [...t.files.values()].flatMap((f) => f.functions);
  // A module function of the same name that returns no signed integer is not the kernel's.
  for (const fn of fns) if (!fn.returnType || signedness(fn.returnType, t.typedefs) !== 'signed') out.delete(fn.name);
  const signed = fns.filter((fn) => fn.returnType && signedness(fn.returnType, t.typedefs) === 'signed');
  for (let changed = true; changed; ) {
    changed = false;
    for (const fn of signed) {
      if (out.has(fn.name)) continue;
      if (fn.returnsErrno || fn.returnsResultOf.some((c) => c !== fn.name && out.has(c))) {
        out.add(fn.name);
        changed = true;
      }
    }
  }
  return out;
}
