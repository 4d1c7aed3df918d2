// Which goals a wrapper offers to its user, counting catch-all forwarders (`%:` handing `$@` to kbuild).

import type { MakeFile } from './types.js';
import { kbuildCalls, userTargets } from './wrapper.js';

/** True when `make <goal>` in this folder is handled, either by a rule or by a `%:` rule forwarding to kbuild. */
export function offersGoal(file: MakeFile, goals: string[]): boolean {
  const targets = userTargets(file);
  if (goals.some((g) => targets.has(g))) return true;
  return kbuildCalls(file).some((c) => c.rule.targets.includes('%') && c.goals.some((g) => /^\$[@({]/.test(g)));
}
