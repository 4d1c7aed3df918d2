import { run } from './action.js';
import { limitHeapGrowth } from './engine/heap-policy.js';
import { raiseTierUpBudget } from './engine/tier-up-policy.js';

limitHeapGrowth();
raiseTierUpBudget();
let finished = false;
// A run that waits on something that never comes would end with Node's "unsettled top-level await" warning (exit
// 13): say what it means in the log, as an error annotation on the step.
process.on('exit', () => {
  if (!finished) process.stdout.write('::error::lkm-audit stopped before it finished, without a report (internal error)\n');
});
await run();
finished = true;
