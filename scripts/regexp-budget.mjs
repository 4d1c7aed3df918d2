// Whether the model of a tree leaves V8 room to optimise regular expressions. V8 compiles every expression it runs
// often or over a long text, and once a process has generated more than 1 MB of such code and holds more than 16 MB
// of executable memory it compiles every later expression without optimisation (TooMuchRegExpCode, V8's regexp.cc).
// The script builds the model of TREE (from the sources as they stand), then prints the expressions V8 compiled to
// machine code while it was built, the code space it holds, and how fast one expression (obsolete-framework's)
// scans the tree's code when compiled before the model and when compiled after it. Not part of `npm test`.
//
//   node scripts/regexp-budget.mjs TREE
//
// docs/performance.md (round 29) quotes it on drivers/ of Linux 6.1.

import { spawnSync } from 'node:child_process';
import v8 from 'node:v8';
import { loadSources, MODEL_SOURCES } from './lib/load-src.mjs';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/regexp-budget.mjs TREE');
  process.exit(2);
}

if (!process.env.LKM_REGEXP_BUDGET_CHILD) {
  // the measurement runs in a child traced by V8, which prints a line for each expression it compiles to code
  const r = spawnSync(process.execPath, ['--max-old-space-size=12288', '--trace-regexp-tier-up', new URL(import.meta.url).pathname, root], {
    env: { ...process.env, LKM_REGEXP_BUDGET_CHILD: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) {
    console.error(r.stderr || r.stdout);
    process.exit(1);
  }
  const lines = r.stdout.split('\n');
  let phase = 'start';
  const counts = new Map();
  for (const line of lines) {
    const mark = /^== (\S+)/.exec(line);
    if (mark) phase = mark[1];
    else if (/needs tier-up compilation/.test(line)) counts.set(phase, (counts.get(phase) ?? 0) + 1);
    else if (line.startsWith('  ')) console.log(line.slice(2));
  }
  console.log(`expressions compiled to machine code while the model was built: ${counts.get('model') ?? 0}`);
  process.exit(0);
}

const m = await loadSources(
  `${MODEL_SOURCES} export { OBSOLETE_FRAMEWORKS } from './src/data/obsolete-frameworks.ts';
  export { reEscape } from './src/text/regexp.ts';`,
  'regexp-budget',
);
const symbols = [...new Set(m.OBSOLETE_FRAMEWORKS.flatMap((fw) => fw.symbols))];
const source = `\\b(?:${symbols.map(m.reEscape).join('|')})\\b`;
const codeSpace = () =>
  v8
    .getHeapSpaceStatistics()
    .filter((s) => /code/.test(s.space_name))
    .reduce((n, s) => n + s.space_size, 0);
const scan = (re, codes) => {
  const t0 = performance.now();
  for (const code of codes) {
    re.lastIndex = 0;
    while (re.exec(code));
  }
  return performance.now() - t0;
};
// compiled, and compiled to code, before the model: a text of over 1,000 characters has V8 compile it at once
const early = new RegExp(source, 'g');
for (let i = 0; i < 2; i++) scan(early, ['int x;\n'.repeat(200)]);
console.log('== model');
const model = m.buildModel(m.scanRepository(root, {}), m.EMPTY_CONFIG);
console.log('== after');
const codes = [...model.c.values()].map((f) => f.code);
const mb = codes.reduce((n, c) => n + c.length, 0) / 1e6;
const late = new RegExp(`${source}(?:)`, 'g'); // another source: compiled now, not found in V8's cache
scan(late, ['int x;\n'.repeat(200)]);
const rate = (ms) => `${(mb / (ms / 1000)).toFixed(0)} MB/s`;
console.log(`  ${codes.length} C files, ${mb.toFixed(0)} MB of code; V8's code space after the model ${(codeSpace() / 1e6).toFixed(1)} MB`);
console.log(`  one expression over the code: compiled before the model ${rate(scan(early, codes))}, after it ${rate(scan(late, codes))}`);
