// Sums a `node --trace-gc` log by isolate (the main thread, each worker) and kind of collection: how many, their
// pauses, and the largest heap committed. Not part of `npm test`.
//
//   node --trace-gc dist/cli.js TREE --format json --output r.json --quiet --fail-on never > gc.log 2>&1
//   node scripts/gc-summary.mjs gc.log
//
// docs/performance.md (round 23) quotes it on drivers/ of Linux 6.1.

import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/gc-summary.mjs GC_LOG');
  process.exit(2);
}
// [pid:isolate]   123 ms: Scavenge 6.7 (6.8) -> 6.3 (7.8) MB, 2.22 / 0.00 ms ...
const LINE = /^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: ([A-Za-z-]+)[^,]*?([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB, ([\d.]+) \/ [\d.]+ ms/;
const byIsolate = new Map();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const m = LINE.exec(line);
  if (!m) continue;
  const [, isolate, kind, , committedBefore, , committedAfter, pause] = m;
  const own = byIsolate.get(isolate) ?? { kinds: new Map(), committed: 0, first: byIsolate.size };
  byIsolate.set(isolate, own);
  const k = own.kinds.get(kind) ?? { count: 0, ms: 0 };
  k.count++;
  k.ms += Number(pause);
  own.kinds.set(kind, k);
  own.committed = Math.max(own.committed, Number(committedBefore), Number(committedAfter));
}
for (const [isolate, own] of byIsolate) {
  const kinds = [...own.kinds].map(([kind, k]) => `${kind} ${k.count}x ${(k.ms / 1000).toFixed(2)} s`).join(', ');
  console.log(
    `${own.first === 0 ? 'main thread' : 'worker'} (${isolate}): ${kinds}; heap committed at most ${Math.round(own.committed)} MB`,
  );
}
