// What one regular expression costs over a tree's C files (read whole, as Latin-1), against the same search written
// other ways that find the same matches: the name expression of upstream/obsolete-framework with and without its
// leading `\b` (checked by hand instead), with a look-behind, and behind a search for each name's prefix. Each is run
// three times; the counts of matches must agree. Not part of `npm test`.
//
//   node scripts/expression-cost.mjs TREE
//
// docs/performance.md (round 22) quotes it on drivers/net of Linux 6.1.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSources } from './lib/load-src.mjs';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/expression-cost.mjs TREE');
  process.exit(2);
}
const { OBSOLETE_FRAMEWORKS } = await loadSources(
  "export { OBSOLETE_FRAMEWORKS } from './src/data/obsolete-frameworks.ts';",
  'expression-cost',
);
const texts = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.[ch]$/.test(e.name)) texts.push(readFileSync(p, 'latin1'));
  }
};
walk(root);
const names = [...new Set(OBSOLETE_FRAMEWORKS.flatMap((fw) => fw.symbols))];
const alternatives = names.join('|');
const isWord = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const count = (re, t, keep = () => true) => {
  let n = 0;
  for (const m of t.matchAll(re)) if (keep(t, m.index)) n++;
  return n;
};
const asWritten = new RegExp(`\\b(?:${alternatives})\\b`, 'g');
const noLeading = new RegExp(`(?:${alternatives})\\b`, 'g');
const lookBehind = new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives})\\b`, 'g');
const prefixes = [...new Set(names.map((n) => n.slice(0, n.indexOf('_') + 1)))];
const ways = {
  'as the rule writes it': (t) => count(asWritten, t),
  'no leading \\b, checked by hand': (t) => count(noLeading, t, (s, i) => i === 0 || !isWord(s.charCodeAt(i - 1))),
  'a look-behind': (t) => count(lookBehind, t),
  [`a search for the ${prefixes.length} prefixes first`]: (t) => (prefixes.some((p) => t.includes(p)) ? count(asWritten, t) : 0),
};
const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
console.log(`${texts.length} C files, ${mb.toFixed(0)} MB; ${names.length} names`);
for (let run = 1; run <= 3; run++)
  for (const [way, f] of Object.entries(ways)) {
    const t0 = performance.now();
    const found = texts.reduce((n, t) => n + f(t), 0);
    console.log(`run ${run}: ${way}: ${Math.round(performance.now() - t0)} ms, ${found} matches`);
  }
