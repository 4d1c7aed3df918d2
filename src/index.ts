import path from 'node:path';
import { run } from './action.js';
import { limitHeapGrowth } from './engine/heap-policy.js';
import { raiseTierUpBudget } from './engine/tier-up-policy.js';
import { pathInput } from './github/inputs.js';
import { relaunchForHugePages } from './launcher/huge-pages.js';

let finished = false;
// A run that waits on something that never comes would end once nothing is left to do, with exit 0 and no report:
// say what it means in the log, as an error annotation on the step, and fail it.
process.on('exit', (code) => {
  if (finished) return;
  process.stdout.write('::error::lkm-audit stopped before it finished, without a report (internal error)\n');
  if (code === 0) process.exitCode = 70;
});

function start(): void {
  limitHeapGrowth();
  raiseTierUpBudget();
  // No top-level await: the bundle is CommonJS (scripts/build.mjs). A rejection still ends the run as an uncaught error.
  void run().then(() => {
    finished = true;
  });
}

// The audited folder as run.ts resolves it, for a very large tree.
const root = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), pathInput());
const elsewhere = relaunchForHugePages(root);
if (elsewhere)
  void elsewhere.then((status) => {
    if (status === undefined) return start();
    finished = true;
    process.exitCode = status;
  });
else start();
