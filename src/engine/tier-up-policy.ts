// When V8 optimises a function. Node 20's V8 (11.3) hands a function to TurboFan once it has run about 66 KB of
// bytecode (--interrupt-budget); the audit's functions see objects of many shapes (calls, statements, findings of
// every rule), so much of that early optimisation is undone and redone: on drivers/net/ethernet/intel, 201
// deoptimisations and 586 compilations by default, 29 and 176 with a budget of 800 KB. Measured in alternating runs
// (docs/performance.md, round 11): intel 5.0 -> 4.3 (200 KB) -> 4.2 (400 KB) -> 4.1 s (800 KB), net/wireless
// about -10%, typical repositories within the noise (0 to -3%). Later V8s tier up by other rules (Maglev first)
// and have no such flag, so the budget is raised only on the V8 it was measured on; a user's own setting wins.

import { setFlagsFromString } from 'node:v8';
import { userSetFlag } from './user-v8-flag.js';

const FLAG = '--interrupt-budget';
/** Bytes of bytecode run before a function is optimised: about twelve times V8 11.3's default (67,584). */
export const TIER_UP_BUDGET = 800_000;
const MEASURED_V8 = /^11\.3\./;

export function raiseTierUpBudget(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
  v8Version = process.versions.v8,
): boolean {
  if (!MEASURED_V8.test(v8Version)) return false;
  if (userSetFlag(FLAG, execArgv, nodeOptions)) return false;
  setFlagsFromString(`${FLAG}=${TIER_UP_BUDGET}`);
  return true;
}
