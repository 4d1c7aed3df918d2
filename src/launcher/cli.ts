// The CLI's entry (dist/cli.js): runs the program bundled beside it (dist/cli-main.cjs) through the code cache, in
// this process or in one started again: with huge pages for a very large tree (see huge-pages), with the parser's
// baseline flag for a small one under Node 24 (see baseline-parser).

import { fileURLToPath } from 'node:url';
import { auditRootOf } from '../cli-options.js';
import { limitHeapGrowth } from '../engine/heap-policy.js';
import { raiseTierUpBudget } from '../engine/tier-up-policy.js';
import { runWithCodeCache } from './code-cache.js';
import { relaunchForBaselineParser } from './baseline-parser.js';
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

const root = auditRootOf(process.argv.slice(2));
const elsewhere = relaunchForHugePages(root) ?? relaunchForBaselineParser(root);
if (elsewhere) void elsewhere.then((status) => (status === undefined ? start() : (process.exitCode = status)));
else start();
