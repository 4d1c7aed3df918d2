// A Makefile's own configuration: the values it sets outside any conditional (`CONFIG_PLATFORM_I386_PC = y`,
// `CONFIG_PLATFORM_ARM_S3C2K4 = n`). Conditionals are decided with these defaults, as a plain `make` would take
// them; a branch the defaults do not take is an alternative a user must choose, not what the build does.

import { type Assumptions, evalConditions } from './conditions.js';
import type { MakeCondition, MakeFile } from './types.js';

const cache = new WeakMap<MakeFile, Assumptions>();

/** Literal values the file assigns outside conditionals and rule targets (the last one wins, as in make). */
export function ownDefaults(mf: MakeFile): Assumptions {
  const hit = cache.get(mf);
  if (hit) return hit;
  const out: Assumptions = {};
  for (const a of mf.assignments) {
    if (a.conditions.length || a.target || a.define || a.value.includes('$')) continue;
    if (a.op === '=' || a.op === ':=' || a.op === '::=' || (a.op === '?=' && !(a.name in out))) out[a.name] = a.value.trim();
  }
  cache.set(mf, out);
  return out;
}

/** False when the Makefile's own defaults do not take this branch; undefined when they do not decide it. */
export function takenByDefault(mf: MakeFile, conditions: MakeCondition[]): boolean | undefined {
  if (conditions.length === 0) return true;
  return evalConditions(conditions, ownDefaults(mf));
}
