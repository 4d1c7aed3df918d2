// How long the scan and the model of a tree take, then what given rules cost on that model, each run three times in
// a row: the first run pays for what the rule is first to read (caches shared with other rules, memory not yet
// touched), the later ones show its own work. Builds the model of TREE in-process, in one thread, from the sources as
// they stand. Not part of `npm test`.
//
//   node scripts/rule-cost.mjs TREE RULE_ID [RULE_ID ...]
//
// docs/performance.md (round 22) quotes it on drivers/ of Linux 6.1 (with NODE_OPTIONS=--max-old-space-size=12288).

import { loadSources, MODEL_SOURCES } from './lib/load-src.mjs';

const [root, ...ids] = process.argv.slice(2);
if (!root || ids.length === 0) {
  console.error('usage: node scripts/rule-cost.mjs TREE RULE_ID [RULE_ID ...]');
  process.exit(2);
}
const m = await loadSources(
  `${MODEL_SOURCES}
   export { allRules } from './src/rules/index.ts';
   export { loadCParser } from './src/model/c/syntax/loader.ts';`,
  'rule-cost',
);
const unknown = ids.filter((id) => !m.allRules.some((r) => r.id === id));
if (unknown.length) {
  console.error(`no such rule: ${unknown.join(', ')}`);
  process.exit(2);
}
const rules = ids.map((id) => m.allRules.find((r) => r.id === id));
await m.loadCParser();
let t = performance.now();
const scan = m.scanRepository(root, {});
console.log(`scan: ${Math.round(performance.now() - t)} ms`);
t = performance.now();
const model = m.buildModel(scan, m.EMPTY_CONFIG, {});
console.log(`model: ${Math.round(performance.now() - t)} ms`);
for (const rule of rules)
  for (let run = 1; run <= 3; run++) {
    t = performance.now();
    const found = rule.check(model).length;
    console.log(`${rule.id} run ${run}: ${Math.round(performance.now() - t)} ms, ${found} findings`);
  }
