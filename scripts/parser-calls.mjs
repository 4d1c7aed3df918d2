// How often the cleanup analysis calls into the parser's API (web-tree-sitter): each read of a node's type, end,
// children or field is a call into the WebAssembly module, and most make a node object. Builds the model of TREE,
// then runs the cleanup analysis alone with the API's getters counted, and prints the counts beside the syntax
// nodes of the bodies parsed. Not part of `npm test`.
//
//   node scripts/parser-calls.mjs TREE
//
// docs/performance.md (round 20) quotes it on drivers/net/ethernet of Linux 6.1.

import { loadSources, MODEL_SOURCES } from './lib/load-src.mjs';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/parser-calls.mjs TREE');
  process.exit(2);
}
const m = await loadSources(
  `${MODEL_SOURCES}
   export { loadCParser } from './src/model/c/syntax/loader.ts';
   export { analyseCleanup } from './src/analysis/cleanup/module-analysis.ts';
   export { syntaxStats } from './src/model/c/syntax/function-body.ts';
   export { Node, Tree } from 'web-tree-sitter';`,
  'parser-calls',
);
await m.loadCParser();
const model = m.buildModel(m.scanRepository(root), m.EMPTY_CONFIG);

const counts = {};
const count = (key, n = 1) => {
  counts[key] = (counts[key] ?? 0) + n;
};
const proto = m.Node.prototype;
for (const getter of ['type', 'endIndex', 'namedChildren', 'children', 'text', 'hasError']) {
  const d = Object.getOwnPropertyDescriptor(proto, getter);
  Object.defineProperty(proto, getter, {
    get() {
      count(getter);
      const v = d.get.call(this);
      if (Array.isArray(v)) count(`${getter} (nodes)`, v.length);
      return v;
    },
  });
}
const field = proto.childForFieldName;
proto.childForFieldName = function (...args) {
  count('childForFieldName');
  return field.apply(this, args);
};
let nodes = 0;
const remove = m.Tree.prototype.delete;
m.Tree.prototype.delete = function () {
  nodes += this.rootNode.descendantCount;
  return remove.call(this);
};

const t0 = performance.now();
m.analyseCleanup(model);
const s = m.syntaxStats();
console.log(
  `${root}: cleanup analysis ${(performance.now() - t0).toFixed(0)} ms (getters counted); ${s.functions} bodies parsed, ` +
    `${(s.bytes / 1e6).toFixed(1)} MB, ${nodes} syntax nodes`,
);
for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(10)}  ${k}`);
