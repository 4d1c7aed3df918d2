// How the filters in front of the walks for wrong error checks outside init and probe sort a tree's functions, and
// that the cheaper one never rules out what the dearer one keeps: for every source function of every module, the text
// filter (mayHoldWrongCheck), the test on the function's tokens (own-wrong-checks-text.ts) and the test on its parsed
// body (own-wrong-checks.ts). A function the parsed body's test keeps and the tokens' test rules out is a miss, printed;
// the script exits 1 when there is one. Each TREE is audited as one repository. Not part of `npm test`.
//
//   node scripts/wrong-check-filters.mjs TREE...
//
// docs/performance.md (round 28) quotes it on every folder of drivers/ of Linux 6.1 (`ls -d drivers/*/`).
import { loadSources, MODEL_SOURCES } from './lib/load-src.mjs';

const trees = process.argv.slice(2);
if (trees.length === 0) {
  console.error('usage: node scripts/wrong-check-filters.mjs TREE...');
  process.exit(2);
}
const m = await loadSources(
  `${MODEL_SOURCES}
   export { loadCParser } from './src/model/c/syntax/loader.ts';
   export { ModuleFunctions } from './src/analysis/cleanup/entry-functions.ts';
   export { functionTexts, mayHoldWrongCheck, moduleEnv } from './src/analysis/cleanup/module-analysis.ts';
   export { mayCheckOwnPointerWrongly } from './src/analysis/cleanup/own-wrong-checks.ts';
   export { textMayCheckOwnPointerWrongly } from './src/analysis/cleanup/own-wrong-checks-text.ts';
   export { parseFunctionBody, dropParsedBodies } from './src/model/c/syntax/function-body.ts';`,
  'wrong-check-filters',
);
await m.loadCParser();
const n = { functions: 0, picked: 0, tokens: 0, body: 0, pickedTokens: 0, pickedBody: 0 };
const missed = [];
for (const tree of trees) {
  const model = m.buildModel(m.scanRepository(tree, {}), m.EMPTY_CONFIG);
  for (const module of model.modules) {
    const fns = new m.ModuleFunctions(model, module);
    const env = m.moduleEnv(fns);
    const texts = m.functionTexts(fns);
    const filter = m.mayHoldWrongCheck([...texts.keys()]);
    const own = { body: env.body, mayFailWithPointer: filter.mayFailWithPointer };
    for (const f of fns.all()) {
      n.functions++;
      const tokens = m.textMayCheckOwnPointerWrongly(f.file.code.slice(f.def.bodyStart, f.def.bodyEnd), filter);
      const body = m.mayCheckOwnPointerWrongly(m.parseFunctionBody(f.file, f.def), own);
      if (tokens) n.tokens++;
      if (body) n.body++;
      if (filter.has(f.def.name)) {
        n.picked++;
        if (tokens) n.pickedTokens++;
        if (body) n.pickedBody++;
      }
      if (body && !tokens) missed.push(`${tree}: ${f.file.path}: ${f.def.name}`);
    }
    m.dropParsedBodies();
  }
}
console.log(`${n.functions} source functions; the parsed body's test keeps ${n.body}, the tokens' ${n.tokens}`);
console.log(`picked by the text filter: ${n.picked}; of them the tokens' test keeps ${n.pickedTokens}, the parsed body's ${n.pickedBody}`);
console.log(`kept by the parsed body's test, ruled out by the tokens': ${missed.length}`);
for (const line of missed.slice(0, 50)) console.log(`  ${line}`);
process.exit(missed.length ? 1 : 0);
