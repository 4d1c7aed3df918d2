// One stage of the engine over every C file of a tree, in-process, from the sources as they stand (bundled on the
// fly): `lex` (readCFile), `facts` (readCFile, then the correctness facts' readFileFacts, the time of the latter),
// `prepare` (each file's masked code made ready for the parser whole, prepareSlice), `first` (prepareSlice, then the
// facts' first reading of the prepared text, firstReading: the bodies to parse and the names the file may declare;
// the time of each) or `worker-facts` (what a worker does for a file's facts: its masked code, maskedCode, then
// readFileFacts). Prints the stage's time and, for all but `lex`, a SHA-256 of what the stage gave for every file in
// order (the first pass's), so that a change can be shown to give the same on a whole tree. Run it under `valgrind
// --tool=callgrind node --single-threaded` for its instructions, from two checkouts for a before and after (the first
// run after a rebuild may count a few percent more: take the lower of two). Not part of `npm test`.
//
//   node scripts/stage-cost.mjs TREE lex|facts|prepare|first|worker-facts [passes]
//
// docs/performance.md quotes it on drivers/net/ethernet/intel and drivers/net/wireless of Linux 6.1 (round 19), and
// on drivers/net and drivers/ (round 29).

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSources } from './lib/load-src.mjs';

const STAGES = ['lex', 'facts', 'prepare', 'first', 'worker-facts'];
const [root, stage, passesArg] = process.argv.slice(2);
if (!root || !STAGES.includes(stage)) {
  console.error(`usage: node scripts/stage-cost.mjs TREE ${STAGES.join('|')} [passes]`);
  process.exit(2);
}
const passes = Number(passesArg ?? 1);
const m = await loadSources(
  `export { readCFile, maskedCode } from './src/model/c/file.ts';
   export { readFileFacts } from './src/analysis/correctness/file-facts.ts';
   export { firstReading } from './src/analysis/correctness/fact-candidates.ts';
   export { loadCParser } from './src/model/c/syntax/loader.ts';
   export { prepareSlice } from './src/model/c/syntax/prepare.ts';
   export { maskComments } from './src/model/c/mask.ts';
   export { lineIndex } from './src/text/lines.ts';`,
  'stage-cost',
);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((p) => /\.[ch]$/.test(p))
  .sort()
  .map((p) => path.join(root, p));
const texts = files.map((f) => readFileSync(f, 'latin1'));
if (stage === 'facts' || stage === 'worker-facts') await m.loadCParser();

/** A stable text of what a stage gave: maps as their entries, a file's name hashes as a sorted set. */
const fingerprint = (value) =>
  JSON.stringify(value, (_k, v) => (v instanceof Map ? [...v] : v instanceof Uint32Array ? [...new Set(v)].sort((a, b) => a - b) : v));

let ms = 0;
let firstMs = 0;
let units = 0;
const hash = createHash('sha256');
for (let pass = 0; pass < passes; pass++) {
  const keep = (value) => {
    if (pass === 0) hash.update(`${typeof value === 'string' ? value : fingerprint(value)}\n`);
  };
  if (stage === 'prepare' || stage === 'first') {
    const codes = texts.map((t) => m.maskComments(t).code);
    const lines = stage === 'first' ? codes.map((code) => m.lineIndex(code)) : [];
    for (let i = 0; i < codes.length; i++) {
      const t0 = performance.now();
      const out = m.prepareSlice(codes[i], 0, codes[i].length);
      ms += performance.now() - t0;
      units += out.text.length;
      keep(`${out.text}\n${out.hadConditionals} ${out.repairedStatements}`);
      if (stage === 'prepare') continue;
      const t1 = performance.now();
      const first = m.firstReading(out.text, lines[i].lineAt, lines[i].columnAt);
      firstMs += performance.now() - t1;
      keep(first);
    }
    continue;
  }
  if (stage === 'worker-facts') {
    const t0 = performance.now();
    for (const text of texts) {
      const facts = m.readFileFacts({ text, ...m.maskedCode(text) });
      units += facts?.functions.length ?? 0;
      keep(facts);
    }
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
  for (const f of lexed) {
    const facts = m.readFileFacts(f);
    units += facts?.functions.length ?? 0;
    keep(facts);
  }
  ms += performance.now() - t1;
}
const what =
  { lex: 'calls lexed', facts: 'functions with facts', prepare: 'characters prepared', first: 'characters prepared' }[stage] ??
  'functions with facts';
const also = stage === 'first' ? `, then the first reading ${firstMs.toFixed(0)} ms` : '';
console.log(`${stage}: ${files.length} files, ${passes} pass(es), ${ms.toFixed(0)} ms${also} (${units} ${what})`);
if (stage !== 'lex') console.log(`sha256 of what it gave: ${hash.digest('hex')}`);
