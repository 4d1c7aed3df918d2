// `npm run fuzz`: every reader of untrusted text against its properties (test/fuzz/properties.ts), at least
// 10,000 cases each; prints cases run and failures per reader. Not part of `npm test`.
// Options (environment): FUZZ_RUNS (cases per reader), FUZZ_SEED (replay a run), FUZZ_ONLY (reader names,
// comma-separated), FUZZ_REPORT (where the per-reader JSON goes).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = process.env.FUZZ_REPORT ?? '.fuzz-report.json';
rmSync(report, { force: true });
const env = { ...process.env, FUZZ_REPORT: report, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' };
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.fuzz.config.ts', '--reporter=dot'], { stdio: 'inherit', env });
if (!existsSync(report)) {
  console.error('fuzz: no report written (the run failed before any reader finished)');
  process.exit(r.status || 1);
}
const { seed, rows } = JSON.parse(readFileSync(report, 'utf8'));
const pad = (s, n) => String(s).padEnd(n);
console.log(`\nseed ${seed}`);
console.log(`${pad('reader', 18)}${pad('cases', 8)}${pad('failures', 10)}seconds`);
for (const row of rows) console.log(`${pad(row.reader, 18)}${pad(row.cases, 8)}${pad(row.failures, 10)}${(row.ms / 1000).toFixed(1)}`);
for (const row of rows.filter((x) => x.failures)) console.log(`\n${row.reader}: ${row.error}\ncounterexample: ${row.counterexample}`);
const failures = rows.reduce((n, row) => n + row.failures, 0);
console.log(`\n${rows.length} readers, ${rows.reduce((n, row) => n + row.cases, 0)} cases, ${failures} failures`);
process.exit(failures > 0 || r.status ? 1 : 0);
