// Runs every reader's properties FUZZ_RUNS times (default 10,000) and writes cases and failures per reader to
// FUZZ_REPORT for scripts/fuzz.mjs to print. A failure's counterexample is kept there, to become a regression test.

import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { READERS, checkReader } from './properties.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const only = process.env.FUZZ_ONLY?.split(',');

it(`fuzzes every reader (${RUNS} cases each, seed ${SEED})`, () => {
  const rows: { reader: string; cases: number; failures: number; ms: number; counterexample?: string; error?: string }[] = [];
  for (const reader of READERS) {
    if (only && !only.includes(reader.name)) continue;
    const started = performance.now();
    const r = fc.check(
      fc.property(reader.input, (text) => checkReader(reader, text)),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    rows.push({
      reader: reader.name,
      cases: r.numRuns,
      failures: r.failed ? 1 : 0,
      ms: Math.round(performance.now() - started),
      ...(r.failed ? { counterexample: JSON.stringify(r.counterexample), error: String(r.errorInstance).slice(0, 500) } : {}),
    });
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ seed: SEED, runs: RUNS, rows }, null, 2));
  }
  expect(rows.filter((r) => r.failures > 0)).toEqual([]);
});
