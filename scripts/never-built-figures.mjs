#!/usr/bin/env node
// Counts the findings an earlier lkm-audit build raised on code a kernel build never compiles (`#if 0`,
// branches for other operating systems or user space), and those the current sources raise there
// (none expected), on real module repositories. Not part of `npm test`.
//
//   node scripts/never-built-figures.mjs --baseline OLD/dist/cli.js REPO_DIR ...
//
// e.g. the baseline from git: git archive <commit> dist | tar -x -C /tmp/base

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources } from './lib/load-src.mjs';

const _repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--baseline');
const baseline = at >= 0 ? args.splice(at, 2)[1] : undefined;
if (!baseline || args.length === 0) {
  console.error('usage: node scripts/never-built-figures.mjs --baseline OLD/dist/cli.js REPO_DIR ...');
  process.exit(2);
}
const _out = path.join('/tmp', `lkm-audit-never-built-${process.pid}.mjs`);
const { audit } = await loadSources(`export { audit } from './src/audit.js';`, 'never-built-figures');

let before = 0;
let after = 0;
for (const dir of args) {
  const { report, model } = await audit(dir);
  // Style rules read every line of text (checkpatch does too); the C rules are the ones that must not see dead code.
  const dead = (f) => {
    if (/^(style|hygiene)\//.test(f.ruleId)) return false;
    const file = f.file && model.c.get(f.file);
    return !!file && file.neverBuilt.some((r) => r.line <= f.line && f.line <= r.endLine);
  };
  let old = [];
  try {
    old = JSON.parse(
      execFileSync('node', [baseline, dir, '--format', 'json', '--fail-on', 'never'], { maxBuffer: 256e6 }).toString(),
    ).findings;
  } catch (e) {
    console.error(`${dir}: baseline failed: ${e.message.split('\n')[0]}`);
  }
  const oldDead = old.filter(dead);
  const newDead = report.findings.filter(dead);
  before += oldDead.length;
  after += newDead.length;
  const lines = [...model.c.values()].reduce(
    (n, f) => n + f.neverBuilt.reduce((m, r) => m + (r.endOffset > r.offset ? r.endLine - r.line + 1 : 0), 0),
    0,
  );
  const byRule = new Map();
  for (const f of oldDead) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  console.log(
    `${path.basename(dir)}: ${lines} never-built lines; findings there: baseline ${oldDead.length} ${JSON.stringify(Object.fromEntries(byRule))}, now ${newDead.length}`,
  );
}
console.log(`total findings on never-built code: baseline ${before}, now ${after}`);
