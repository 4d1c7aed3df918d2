// The CLI's entry (dist/cli.js): runs the program bundled beside it (dist/cli-main.cjs) through the code cache, in
// this process or, for a very large tree, in one started again with huge pages (see huge-pages).

import { fileURLToPath } from 'node:url';
import { auditRootOf } from '../cli-options.js';
import { limitHeapGrowth } from '../engine/heap-policy.js';
import { raiseTierUpBudget } from '../engine/tier-up-policy.js';
import { runWithCodeCache } from './code-cache.js';
import { relaunchForHugePages } from './huge-pages.js';

/** A hash of dist/cli-main.cjs, written in by the build (scripts/build.mjs). */
declare const __LKM_PROGRAM_HASH: string;

function start(): void {
  // Before compiling: V8 accepts cached code only under the flags it was made with.
  limitHeapGrowth();
  raiseTierUpBudget();
  const use = runWithCodeCache(fileURLToPath(new URL('./cli-main.cjs', import.meta.url)), process.env, { hash: __LKM_PROGRAM_HASH });
  if (process.env.LKM_DEBUG_CODE_CACHE) process.stderr.write(`code cache: ${use.file ?? 'off'} (${use.accepted ? 'used' : 'not used'})\n`);
}

const elsewhere = relaunchForHugePages(auditRootOf(process.argv.slice(2)));
if (elsewhere) void elsewhere.then((status) => (status === undefined ? start() : (process.exitCode = status)));
else start();
