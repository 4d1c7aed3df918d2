// Where an audit's memory goes: the live heap (after a full collection) once the tree is scanned, once the model
// is built, and after each rule that moves it by more than 10 MB or runs longer than 0.2 s, with the shared
// analyses dropped after their last rule as the audit drops them. Not part of `npm test`.
//
//   node --expose-gc scripts/heap-by-rule.mjs TREE
//
// docs/performance.md quotes it on drivers/net/wireless of Linux 6.1.

import { loadSources, MODEL_SOURCES } from './lib/load-src.mjs';

const root = process.argv[2];
if (!root || typeof global.gc !== 'function') {
  console.error('usage: node --expose-gc scripts/heap-by-rule.mjs TREE');
  process.exit(2);
}
const m = await loadSources(
  `${MODEL_SOURCES}
   export { allRules } from './src/rules/index.ts';
   export { loadCParser } from './src/model/c/syntax/loader.ts';
   export { releaserFor } from './src/engine/shared-analyses.ts';`,
  'heap-by-rule',
);
const mb = () => {
  global.gc();
  return Math.round(process.memoryUsage().heapUsed / 1e6);
};
await m.loadCParser();
const scan = m.scanRepository(root, {});
let text = 0;
for (const f of scan.files.values()) text += f.text?.length ?? 0;
console.log(`scanned: ${Math.round(text / 1e6)} MB of text, heap ${mb()} MB`);
let t = performance.now();
const model = m.buildModel(scan, m.EMPTY_CONFIG, {});
console.log(`model: ${Math.round(performance.now() - t)} ms, heap ${mb()} MB`);
let prev = mb();
let peak = prev;
const release = m.releaserFor(m.allRules);
for (const [i, rule] of m.allRules.entries()) {
  t = performance.now();
  rule.check(model);
  const ms = performance.now() - t;
  const afterRule = mb();
  peak = Math.max(peak, afterRule);
  release(i, model);
  const now = mb();
  if (ms > 200 || Math.abs(afterRule - prev) > 10 || Math.abs(now - afterRule) > 10)
    console.log(`${rule.id.padEnd(42)} ${String(Math.round(ms)).padStart(6)} ms  heap after it ${afterRule} MB, after its drops ${now} MB`);
  prev = now;
}
console.log(`peak heap between rules: ${peak} MB; at the end: ${mb()} MB`);
