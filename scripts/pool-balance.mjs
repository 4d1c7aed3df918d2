// How busy the worker threads were over an audit, from its LKM_DEBUG_POOL log: the share of each 10 s that the
// workers spent in batches (100% per worker), and when the main thread passed its stages. docs/performance.md
// (round 9) reads the balance of drivers/ from it. Not part of `npm test`.
//
//   LKM_DEBUG_POOL=1 lkm-audit TREE --format json --output /dev/null 2> pool.log
//   node scripts/pool-balance.mjs pool.log

import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/pool-balance.mjs POOL_LOG');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n');
const start = lines.map((l) => /^main: audit started, at (\d+)/.exec(l)).find(Boolean);
if (!start) {
  console.error(`${file}: no "main: audit started" line (run the audit with LKM_DEBUG_POOL=1)`);
  process.exit(1);
}
const t0 = Number(start[1]);
const BUCKET = 10_000;
const busy = new Map();
const byKind = new Map();
for (const l of lines) {
  const m = /^(\S+) #\d+: (\d+) ms, ended at (\d+)/.exec(l);
  if (!m) continue;
  const [kind, ms, end] = [m[1], Number(m[2]), Number(m[3]) - t0];
  byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
  for (let t = Math.floor((end - ms) / BUCKET) * BUCKET; t < end; t += BUCKET) {
    const overlap = Math.min(end, t + BUCKET) - Math.max(end - ms, t);
    if (overlap > 0) busy.set(t, (busy.get(t) ?? 0) + overlap);
  }
}
console.log('workers busy, per 10 s from the start of the audit:');
console.log(
  [...busy]
    .sort((a, b) => a[0] - b[0])
    .map(([t, ms]) => `${t / 1000}s ${Math.round((ms / BUCKET) * 100)}%`)
    .join(', '),
);
for (const [kind, ms] of byKind) console.log(`${kind} batches on the workers: ${(ms / 1000).toFixed(1)} s`);
for (const l of lines) {
  const m = /^main: (.*), at (\d+)/.exec(l);
  if (m) console.log(`main thread: ${m[1]} at ${((Number(m[2]) - t0) / 1000).toFixed(1)} s`);
}
