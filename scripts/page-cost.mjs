// What a page of memory touched for the first time costs on this machine, against writing memory already touched:
// the figure behind LKM_TIMING's "pages" column. On the project's virtual machine (Firecracker, memory backed by the
// host on first touch, freed memory handed back to it) a new page cost some 12 us, where a bare-metal Linux takes well
// under 1 us; so an audit's peak memory and every megabyte it allocates afresh are time too. docs/performance.md
// (round 21) quotes it. Not part of `npm test`.
//
//   node scripts/page-cost.mjs [MB]

const mb = Number(process.argv[2] ?? 256);
const CHUNK = 8 * 1024 * 1024;
const chunks = Math.max(1, Math.round((mb * 1024 * 1024) / CHUNK));
const faults = () => process.resourceUsage().minorPageFault;

// fresh memory: each buffer its own mapping, written whole once
let f0 = faults();
let t0 = performance.now();
const kept = [];
for (let i = 0; i < chunks; i++) kept.push(Buffer.alloc(CHUNK, 1));
const freshMs = performance.now() - t0;
const freshFaults = faults() - f0;

// the same memory written again: no page is new
f0 = faults();
t0 = performance.now();
for (const b of kept) b.fill(2);
const againMs = performance.now() - t0;
const againFaults = faults() - f0;

const us = (ms, n) => (n > 0 ? ((ms * 1000) / n).toFixed(1) : '-');
console.log(
  `${chunks * 8} MB written fresh: ${freshMs.toFixed(0)} ms, ${freshFaults} pages touched first (${us(freshMs, freshFaults)} us a page)`,
);
console.log(`the same written again: ${againMs.toFixed(0)} ms, ${againFaults} pages touched first`);
console.log(
  `a fresh megabyte costs ${(freshMs / (chunks * 8)).toFixed(2)} ms, one written again ${(againMs / (chunks * 8)).toFixed(3)} ms`,
);
