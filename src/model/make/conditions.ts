// Deciding `ifeq`/`ifdef` conditions under stated assumptions (for instance "KERNELRELEASE is empty", which is
// how a user's plain `make` reads a wrapper). Unknown outcomes stay undefined: never guess.

import { expand, splitArgs } from './expand.js';
import type { MakeCondition } from './types.js';

/** Variable values assumed for one way of invoking make; a missing name is unknown. */
export type Assumptions = Record<string, string>;

/** How a user runs the wrapper: `make` in the repository, outside kbuild. */
export const USER_INVOCATION: Assumptions = { KERNELRELEASE: '', KBUILD_MODULES: '', KBUILD_EXTMOD: '' };
/** How kbuild reads the same file (`make -C <kdir> M=...`). */
export const KBUILD_INVOCATION: Assumptions = { KERNELRELEASE: '6.x', KBUILD_MODULES: '1', KBUILD_EXTMOD: '/ext' };
/** How dkms runs a MAKE line that calls the wrapper: it appends `KERNELRELEASE=<ver>` (kernel-facts §7). */
export const DKMS_INVOCATION: Assumptions = { KERNELRELEASE: '6.x', KBUILD_MODULES: '', KBUILD_EXTMOD: '' };

/** The two operands of `ifeq (a,b)`, `ifeq "a" "b"` or `ifeq 'a' "b"`. */
export function comparisonOperands(args: string): [string, string] | undefined {
  const t = args.trim();
  if (t.startsWith('(') && t.endsWith(')')) {
    const parts = splitArgs(t.slice(1, -1), 2);
    if (parts.length !== 2) return undefined;
    return [parts[0].trim(), parts[1].trim()];
  }
  const m = /^(["'])(.*?)\1\s*(["'])(.*?)\3$/.exec(t);
  return m ? [m[2], m[4]] : undefined;
}

/** Results by condition and assumptions: every line under an `ifeq` shares its condition object. */
const cache = new WeakMap<MakeCondition, Map<Assumptions, boolean | undefined>>();

/** Evaluates one condition (branch included) under `assume`; undefined when it depends on anything else. */
export function evalCondition(cond: MakeCondition, assume: Assumptions): boolean | undefined {
  let byAssume = cache.get(cond);
  if (!byAssume) {
    byAssume = new Map();
    cache.set(cond, byAssume);
  }
  if (byAssume.has(assume)) return byAssume.get(assume);
  const result = evaluate(cond, assume);
  byAssume.set(assume, result);
  return result;
}

function evaluate(cond: MakeCondition, assume: Assumptions): boolean | undefined {
  let result: boolean | undefined;
  if (cond.directive === 'ifdef' || cond.directive === 'ifndef') {
    const name = cond.args.trim();
    if (!(name in assume)) return undefined;
    result = assume[name] !== '';
    if (cond.directive === 'ifndef') result = !result;
  } else {
    const ops = comparisonOperands(cond.args);
    if (!ops) return undefined;
    const lookup = (n: string) => (n in assume ? assume[n] : undefined);
    const [a, b] = ops.map((o) => expand(o, lookup));
    if (!a.resolved || !b.resolved) return undefined;
    result = a.value.trim() === b.value.trim();
    if (cond.directive === 'ifneq') result = !result;
  }
  return cond.negated ? !result : result;
}

/** True when every condition holds, false when one fails, undefined when the outcome is unknown. */
export function evalConditions(conds: MakeCondition[], assume: Assumptions): boolean | undefined {
  let unknown = false;
  for (const c of conds) {
    const r = evalCondition(c, assume);
    if (r === false) return false;
    if (r === undefined) unknown = true;
  }
  return unknown ? undefined : true;
}

/** Whether the code under `cond` runs only while `name` is unset (`ifndef X`, `ifeq ($(X),)`, `ifeq ($(origin X),undefined)`). */
export function isUnsetGuard(cond: MakeCondition, name: string): boolean {
  const unset = { [name]: '' };
  const set = { [name]: 'x' };
  // Fresh assumptions each call: not worth caching.
  const whenUnset = evaluate(cond, unset);
  const whenSet = evaluate(cond, set);
  if (whenUnset === true && whenSet === false) return true;
  const ops = comparisonOperands(cond.args);
  if (!ops) return false;
  const origin = new RegExp(`^\\$[({]origin\\s+${name}[)}]$`);
  const other = origin.test(ops[0]) ? ops[1] : origin.test(ops[1]) ? ops[0] : undefined;
  if (other !== 'undefined') return false;
  const positive = cond.directive === 'ifeq';
  return cond.negated ? !positive : positive;
}
