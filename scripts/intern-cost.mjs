// What keeping one string per name costs the lexer: every name written before a `(` in the C files of a tree, kept
// through src/text/intern.ts (looked up where it stands in the file's text) and through a Map keyed by its slice
// (round 20's table). docs/performance.md (round 21) quotes it on drivers/ and drivers/net of Linux 6.1. Not part of
// `npm test`.
//
//   node --max-old-space-size=12288 scripts/intern-cost.mjs TREE [passes]

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSources } from './lib/load-src.mjs';

const [root, passesArg] = process.argv.slice(2);
if (!root) {
  console.error('usage: node scripts/intern-cost.mjs TREE [passes]');
  process.exit(2);
}
const m = await loadSources("export { internSlice, internedNames, detached } from './src/text/intern.ts';", 'intern-cost');
const texts = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((p) => /\.[ch]$/.test(p))
  .map((p) => readFileSync(path.join(root, p), 'latin1'));
// (file, start, end) of every name before a `(`, as the lexer meets them
const NAME = /\b([A-Za-z_]\w*)\s*\(/g;
const places = [];
texts.forEach((t, i) => {
  for (const hit of t.matchAll(NAME)) places.push(i, hit.index, hit.index + hit[1].length);
});

// both tables live from pass to pass, as the lexer's does from file to file: the first pass fills them
const table = new Map();
function byMap() {
  for (let p = 0; p < places.length; p += 3) {
    const s = texts[places[p]].slice(places[p + 1], places[p + 2]);
    if (!table.has(s)) {
      const own = m.detached(s);
      table.set(own, own);
    }
  }
  return table.size;
}

function byTable() {
  let length = 0; // (used, so that no call is dropped as dead code)
  for (let p = 0; p < places.length; p += 3) length += m.internSlice(texts[places[p]], places[p + 1], places[p + 2]).length;
  return length > 0 ? m.internedNames() : 0;
}

const passes = Number(passesArg ?? 3);
console.log(`${places.length / 3} names in ${texts.length} files`);
for (let pass = 0; pass < passes; pass++) {
  const t0 = performance.now();
  const a = byMap();
  const t1 = performance.now();
  const b = byTable();
  const t2 = performance.now();
  const ns = (ms) => ((ms * 1e6) / (places.length / 3)).toFixed(0);
  console.log(
    `pass ${pass + 1}: Map of slices ${(t1 - t0).toFixed(0)} ms (${ns(t1 - t0)} ns a name, ${a} distinct); intern.ts ${(t2 - t1).toFixed(0)} ms (${ns(t2 - t1)} ns, ${b} distinct)`,
  );
}
