// What the correctness facts cost on a tree, and how much of it a lexical filter could spare: docs/performance.md
// (round 6) quotes it on drivers/net/ethernet/intel of Linux 6.1. Not part of `npm test`.
//
//   node scripts/facts-cost.mjs TREE
//   LKM_TREE_SITTER_NATIVE=DIR node scripts/facts-cost.mjs TREE   # also tree-sitter's native binding, installed in
//                                                                 # DIR by `npm install --prefix DIR tree-sitter@0.25.1 tree-sitter-c@0.24.1`
//
// Prints, per pass over every C file of the model (three passes: the first runs cold): the time to prepare the text,
// to parse it whole, to find the nodes the facts come from, and readDeclarations (the file read whole, as a rule's
// question about a name reads it); then what the audit's first reading does: the share of the text its included
// ranges keep (only the definitions whose bodies may hold a fact, src/analysis/correctness/fact-candidates.ts), the
// time to parse those, and readFileFacts. Then the share of function bodies the lexical test keeps (a comparison with
// a zero literal, or an operator with two equal operands as far as tokens and precedence tell), and with
// LKM_TREE_SITTER_NATIVE the parse and the same node search by both parsers on the raw files.

import { createRequire } from 'node:module';
import path from 'node:path';
import { loadSources, MODEL_SOURCES } from './lib/load-src.mjs';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/facts-cost.mjs TREE');
  process.exit(2);
}
const m = await loadSources(
  `${MODEL_SOURCES}
   export { loadCParser, cParserIfLoaded } from './src/model/c/syntax/loader.ts';
   export { prepareSlice } from './src/model/c/syntax/prepare.ts';
   export { readDeclarations, readFileFacts } from './src/analysis/correctness/file-facts.ts';
   export { bodyMayHoldFacts, firstReading } from './src/analysis/correctness/fact-candidates.ts';`,
  'facts-cost',
);
const model = m.buildModel(m.scanRepository(root, {}), m.EMPTY_CONFIG);
await m.loadCParser(Number.MAX_SAFE_INTEGER); // compiled as for a large tree
const parser = m.cParserIfLoaded();
const files = [...model.c.values()];
const FACT_NODES = ['declaration', 'assignment_expression', 'return_statement', 'binary_expression'];

/** The facts' nodes of every function body of `tree`. */
function findNodes(tree) {
  let nodes = 0;
  for (const fn of tree.rootNode.descendantsOfType('function_definition')) {
    const body = fn?.childForFieldName('body');
    if (body) nodes += body.descendantsOfType(FACT_NODES).length;
  }
  return nodes;
}

for (let pass = 0; pass < 3; pass++) {
  let prepare = 0;
  let parse = 0;
  let find = 0;
  let whole = 0;
  let nodes = 0;
  let ranged = 0;
  let rangedBytes = 0;
  let allBytes = 0;
  let engine = 0;
  for (const f of files) {
    const t0 = performance.now();
    const text = m.prepareSlice(f.code, 0, f.code.length).text;
    const t1 = performance.now();
    prepare += t1 - t0;
    if (/\S/.test(text)) {
      const tree = parser.parse(text);
      const t2 = performance.now();
      nodes += findNodes(tree);
      find += performance.now() - t2;
      parse += t2 - t1;
      tree.delete();
      // what the first reading parses: the definitions whose bodies may hold a fact
      const t4 = performance.now();
      const r = m.firstReading(text, f.lineAt, f.columnAt);
      if (r.ranges) parser.parse(text, null, { includedRanges: r.ranges }).delete();
      ranged += performance.now() - t4;
      allBytes += text.length;
      rangedBytes += r.ranges ? r.ranges.reduce((n, x) => n + x.endIndex - x.startIndex, 0) : 0;
    }
    const t3 = performance.now();
    m.readDeclarations(f);
    whole += performance.now() - t3;
    const t5 = performance.now();
    m.readFileFacts(f);
    engine += performance.now() - t5;
  }
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log(
    `pass ${pass + 1}: prepare ${ms(prepare)}, parse ${ms(parse)}, find ${nodes} nodes ${ms(find)}; readDeclarations (whole) ${ms(whole)}, of which reading the tree ${ms(whole - prepare - parse)}`,
  );
  console.log(
    `        the first reading's ranges: ${((100 * rangedBytes) / allBytes).toFixed(0)}% of the text, ranges and parse ${ms(ranged)}; readFileFacts ${ms(engine)}`,
  );
}

// The engine's lexical test (a necessary condition for either fact), on the text the parser reads.
let cBytes = 0;
let bodyBytes = 0;
let keptBytes = 0;
let functions = 0;
let kept = 0;
for (const f of files) {
  cBytes += f.code.length;
  const text = m.prepareSlice(f.code, 0, f.code.length).text;
  for (const fn of f.functions) {
    const size = fn.bodyEnd - fn.bodyStart;
    functions++;
    bodyBytes += size;
    if (m.bodyMayHoldFacts(text, fn.bodyStart + 1, fn.bodyEnd)) {
      kept++;
      keptBytes += size;
    }
  }
}
const pct = (a, b) => `${((100 * a) / b).toFixed(0)}%`;
console.log(
  `${(cBytes / 1e6).toFixed(1)} MB of C, function bodies ${pct(bodyBytes, cBytes)} of it; the lexical test keeps ${kept} of ${functions} functions, ${pct(keptBytes, bodyBytes)} of the body bytes`,
);

const nativeDir = process.env.LKM_TREE_SITTER_NATIVE;
if (nativeDir) {
  const require = createRequire(path.join(path.resolve(nativeDir), 'node_modules', 'x.js'));
  const Native = require('tree-sitter');
  const native = new Native();
  native.setLanguage(require('tree-sitter-c'));
  for (const [name, p, free] of [
    ['wasm', parser, (t) => t.delete()],
    ['native', native, () => {}],
  ]) {
    for (let pass = 0; pass < 2; pass++) {
      let parse = 0;
      let find = 0;
      for (const f of files) {
        const t0 = performance.now();
        const tree = p.parse(f.text);
        const t1 = performance.now();
        findNodes(tree);
        find += performance.now() - t1;
        parse += t1 - t0;
        free(tree);
      }
      console.log(
        `${name} pass ${pass + 1}: parse ${parse.toFixed(0)} ms (${(cBytes / 1e3 / parse).toFixed(1)} MB/s), find nodes ${find.toFixed(0)} ms, RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
      );
    }
  }
}
