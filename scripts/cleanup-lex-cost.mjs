// What a worker's cleanup batches pay for lexing their files again: the modules of TREE, in batches as the pool makes
// them (about 256 kB of C each), analysed three ways in-process: on the model's own lexed files (as the main thread
// does), on files lexed from their texts batch by batch (as a worker does, through the same task handler), and the
// lexing alone. Not part of `npm test`.
//
//   node scripts/cleanup-lex-cost.mjs TREE main|worker|lex
//
// docs/performance.md (round 22) quotes it on drivers/net of Linux 6.1; run each way in its own process.

import { loadSources, MODEL_SOURCES } from './lib/load-src.mjs';

const [root, mode] = process.argv.slice(2);
if (!root || !['main', 'worker', 'lex'].includes(mode)) {
  console.error('usage: node scripts/cleanup-lex-cost.mjs TREE main|worker|lex');
  process.exit(2);
}
const m = await loadSources(
  `${MODEL_SOURCES}
   export { loadCParser } from './src/model/c/syntax/loader.ts';
   export { analyseModule } from './src/analysis/cleanup/module-analysis.ts';
   export { readCFile } from './src/model/c/file.ts';
   export { handlers } from './src/engine/parallel/tasks.ts';
   export { cleanupFacts } from './src/analysis/cleanup/source.ts';`,
  'cleanup-lex-cost',
);
await m.loadCParser();
const scan = m.scanRepository(root, {});
const model = m.buildModel(scan, m.EMPTY_CONFIG, {});
const filesOf = (mod) => [...mod.sources, ...mod.headers];
const size = new Map(model.modules.map((mod) => [mod, filesOf(mod).reduce((n, p) => n + (model.c.get(p)?.text.length ?? 0), 0)]));
// as src/engine/parallel/precompute.ts batches them
const batches = [];
let batch = [];
let bytes = 0;
for (const mod of model.modules) {
  batch.push(mod);
  bytes += size.get(mod);
  if (bytes >= 256 * 1024) {
    batches.push(batch);
    batch = [];
    bytes = 0;
  }
}
if (batch.length) batches.push(batch);
// with the model's lexed facts of each file, as src/engine/parallel/precompute.ts sends them
const textsOf = (b) =>
  [...new Set(b.flatMap(filesOf))].flatMap((p) => {
    const f = model.c.get(p);
    return f ? [{ path: p, text: f.text, facts: m.cleanupFacts(f) }] : [];
  });
let batchText = 0;
const started = performance.now();
for (const b of batches) {
  if (mode === 'main') {
    for (const mod of b) m.analyseModule(model, mod);
    continue;
  }
  const files = textsOf(b);
  batchText += files.reduce((n, f) => n + f.text.length, 0);
  if (mode === 'lex') for (const f of files) m.readCFile(f.path, f.text, { callsInFunctions: false });
  else {
    // the worker's own handler, on a clone of the modules and facts as a message carries them (the cloning counted;
    // not of the texts, which a worker reads from the files)
    const sent = structuredClone({ modules: b, facts: files.map((f) => f.facts) });
    m.handlers.cleanup({ root: scan.root, modules: sent.modules, files: files.map((f, i) => ({ ...f, facts: sent.facts[i] })) });
  }
}
const distinct = [...model.c.values()].reduce((n, f) => n + f.text.length, 0);
console.log(
  `${mode}: ${model.modules.length} modules in ${batches.length} batches, ${Math.round(performance.now() - started)} ms` +
    (mode === 'main' ? '' : `; batch text ${(batchText / 1e6).toFixed(0)} MB (the model's C ${(distinct / 1e6).toFixed(0)} MB)`),
);
