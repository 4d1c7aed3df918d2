#!/usr/bin/env node
// Runs the correctness rules (and, with --coccinelle DIR, the kernel's Coccinelle scripts) over real
// module repositories and prints every finding with the time taken, for triage in docs/accuracy.md.
// Not part of `npm test`.
//
//   node scripts/correctness-repos.mjs [--coccinelle DIR] REPO_DIR ...
//
// Each REPO_DIR is a checkout of an out-of-tree module (e.g. `git archive` of a fetched snapshot).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources } from './lib/load-src.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const _repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const coccAt = args.indexOf('--coccinelle');
const coccinelle = coccAt >= 0 ? args.splice(coccAt, 2)[1] : undefined;
if (args.length === 0) {
  console.error('usage: node scripts/correctness-repos.mjs [--coccinelle DIR] REPO_DIR ...');
  process.exit(2);
}

const _out = path.join('/tmp', `lkm-audit-correctness-${process.pid}.mjs`);
const { audit } = await loadSources(`export { audit } from './src/audit.js';`, 'correctness-repos');

const totals = new Map();
const sum = { repos: 0, files: 0, bytes: 0, ifZero: 0, otherOs: 0, deadLines: 0 };
for (const dir of args) {
  const t0 = performance.now();
  const { report, model } = await audit(dir, { coccinelle });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const bytes = [...model.c.values()].reduce((n, f) => n + f.text.length, 0);
  if (model.c.size > 0) sum.repos++;
  sum.files += model.c.size;
  sum.bytes += bytes;
  for (const f of model.c.values()) {
    for (const r of f.neverBuilt) {
      if (r.reason === 'if-0') sum.ifZero++;
      else sum.otherOs++;
      if (r.endOffset > r.offset) sum.deadLines += r.endLine - r.line + 1;
    }
  }
  const mine = report.findings.filter(
    (f) => f.ruleId.startsWith('correctness/') || f.ruleId === 'style/coccinelle' || /coccinelle/.test(f.message),
  );
  console.log(`\n== ${path.basename(dir)}: ${model.c.size} kernel C files, ${(bytes / 1e6).toFixed(1)} MB, audit ${secs} s`);
  for (const n of report.notes.filter((n) => /never compiles|correctness rules|coccinelle/i.test(n.message)))
    console.log(`   note: ${n.message}`);
  for (const f of mine) {
    console.log(`   ${f.ruleId} ${f.file}:${f.line} ${f.message}`);
    totals.set(f.ruleId, (totals.get(f.ruleId) ?? 0) + 1);
  }
}
console.log(
  `\n${sum.repos} repositories with kernel C: ${sum.files} files, ${(sum.bytes / 1e6).toFixed(1)} MB; never built: ` +
    `${sum.ifZero} #if 0 blocks, ${sum.otherOs} branches for other systems or user space, ${sum.deadLines} lines`,
);
console.log('\ntotals:');
for (const [id, n] of totals) console.log(`  ${id.padEnd(36)} ${n}`);
