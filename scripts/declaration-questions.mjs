// What the correctness rules' questions about names cost on a tree: how many names were asked of the index of the
// files' names (src/text/name-index.ts; until round 24 of every file's Bloom filter), how many files
// were then parsed for their declarations, and how long the rules took, in one thread, from the sources as they
// stand. A file parsed for a name it does not declare is a false positive. Also the memory the files' names take.
// Not part of `npm test`.
//
//   node scripts/declaration-questions.mjs TREE
//
// docs/performance.md (rounds 23 and 24) quotes it on drivers/ of Linux 6.1 (with NODE_OPTIONS=--max-old-space-size=12288).

import { loadSources, MODEL_SOURCES } from './lib/load-src.mjs';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/declaration-questions.mjs TREE');
  process.exit(2);
}
const m = await loadSources(
  `${MODEL_SOURCES}
   export { allRules } from './src/rules/index.ts';
   export { loadCParser } from './src/model/c/syntax/loader.ts';
   export { declarationStats, repoTypes } from './src/analysis/correctness/repo-types.ts';
   export { NameIndex } from './src/text/name-index.ts';`,
  'declaration-questions',
);
await m.loadCParser();
const model = m.buildModel(m.scanRepository(root, {}), m.EMPTY_CONFIG, {});
let found = 0;
const t = performance.now();
for (const id of ['correctness/unsigned-error-check', 'correctness/identical-operands'])
  found += m.allRules.find((r) => r.id === id).check(model).length;
const s = m.declarationStats();
let nameBytes = 0;
for (const facts of m.repoTypes(model).files.values()) nameBytes += facts.names.byteLength;
console.log(`${model.c.size} C files; the correctness rules: ${found} findings in ${Math.round(performance.now() - t)} ms`);
console.log(`${s.questions} names asked; ${s.filesRead} files parsed for them`);
// the index the questions read, as repo-types makes it at the first question
const index = new m.NameIndex([...m.repoTypes(model).files.values()].map((facts) => facts.names));
console.log(`the files' names: ${(nameBytes / 1e6).toFixed(1)} MB, their index ${(index.bytes / 1e6).toFixed(1)} MB`);
