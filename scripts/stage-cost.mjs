// One stage of the engine over every C file of a tree, in-process, from the sources as they stand (bundled on the
// fly): `lex` (readCFile), `facts` (readCFile, then the correctness facts' readFileFacts, the time of the latter) or
// `prepare` (each file's masked code made ready for the parser whole, prepareSlice). Prints the stage's time; run it
// under `valgrind --tool=callgrind node --single-threaded` for its instructions, from two checkouts for a before and
// after (the first run after a rebuild may count a few percent more: take the lower of two). Not part of `npm test`.
//
//   node scripts/stage-cost.mjs TREE lex|facts|prepare [passes]
//
// docs/performance.md (round 19) quotes it on drivers/net/ethernet/intel and drivers/net/wireless of Linux 6.1.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSources } from './lib/load-src.mjs';

const [root, stage, passesArg] = process.argv.slice(2);
if (!root || !['lex', 'facts', 'prepare'].includes(stage)) {
  console.error('usage: node scripts/stage-cost.mjs TREE lex|facts|prepare [passes]');
  process.exit(2);
}
const passes = Number(passesArg ?? 1);
const m = await loadSources(
  `export { readCFile } from './src/model/c/file.ts';
   export { readFileFacts } from './src/analysis/correctness/file-facts.ts';
   export { loadCParser } from './src/model/c/syntax/loader.ts';
   export { prepareSlice } from './src/model/c/syntax/prepare.ts';
   export { maskComments } from './src/model/c/mask.ts';`,
  'stage-cost',
);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((p) => /\.[ch]$/.test(p))
  .map((p) => path.join(root, p));
const texts = files.map((f) => readFileSync(f, 'latin1'));
if (stage === 'facts') await m.loadCParser();

let ms = 0;
let units = 0;
for (let pass = 0; pass < passes; pass++) {
  if (stage === 'prepare') {
    const codes = texts.map((t) => m.maskComments(t).code);
    const t0 = performance.now();
    for (const code of codes) units += m.prepareSlice(code, 0, code.length).text.length;
    ms += performance.now() - t0;
    continue;
  }
  const t0 = performance.now();
  const lexed = texts.map((t, i) => m.readCFile(files[i], t));
  const t1 = performance.now();
  if (stage === 'lex') {
    ms += t1 - t0;
    units += lexed.reduce((n, f) => n + f.calls.length, 0);
    continue;
  }
  for (const f of lexed) units += m.readFileFacts(f)?.functions.length ?? 0;
  ms += performance.now() - t1;
}
const what = { lex: 'calls lexed', facts: 'functions with facts', prepare: 'characters prepared' }[stage];
console.log(`${stage}: ${files.length} files, ${passes} pass(es), ${ms.toFixed(0)} ms (${units} ${what})`);
