// Instructions an audit executes, counted by valgrind's callgrind: about the same count for the same build, tree and
// environment whatever else the machine is doing, where wall and CPU times on this shared machine move by 20-30%.
// Each audit runs in one thread (`--jobs 1`, `node --single-threaded`: no worker, no background compiler) after one
// plain run that leaves the build's code cache; valgrind runs it 20-50 times slower, so a tree of about 10 MB is
// the useful size. Not part of `npm test`.
//
//   node scripts/instructions.mjs [--base REV|cli.js] [--new REV|cli.js] [--runs N] TREE...
//
// REV and the defaults as in scripts/compare-reports.mjs (base `main`, new the working tree). With several runs the
// lowest count of each build is printed. docs/performance.md quotes it from round 19 on.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { cliFor } from './lib/cli-build.mjs';
import { takeOption } from './lib/options.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => takeOption(args, name, fallback);
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('instructions: valgrind is not installed (Debian: apt-get install valgrind)');
  process.exit(2);
}
const baseSpec = opt('--base', 'main');
const newSpec = opt('--new', '.');
const runs = Number(opt('--runs', 1));
if (args.length === 0) {
  console.error('usage: node scripts/instructions.mjs [--base REV|cli.js] [--new REV|cli.js] [--runs N] TREE...');
  process.exit(2);
}
const work = `/tmp/lkm-instructions-${process.pid}`;
mkdirSync(work, { recursive: true });
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const base = cliFor(baseSpec, 'base', work);
const next = cliFor(newSpec, 'new', work);

for (const tree of args) {
  const counts = [base, next].map((cli) => {
    audit(['node', cli], tree); // the code cache, as a user's second run has it
    let lowest = Number.POSITIVE_INFINITY;
    for (let r = 0; r < runs; r++) {
      const out = audit(['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null', 'node', '--single-threaded', cli], tree);
      const m = /Collected : (\d+)/.exec(out);
      if (!m) throw new Error(`instructions: no count from valgrind for ${tree}:\n${out.slice(-2000)}`);
      lowest = Math.min(lowest, Number(m[1]));
    }
    return lowest;
  });
  const [a, b] = counts;
  console.log(`${tree}  base ${(a / 1e9).toFixed(3)} G  new ${(b / 1e9).toFixed(3)} G  ${(((b - a) / a) * 100).toFixed(1)}%`);
}

/** Runs one audit of `tree` (one thread, JSON to a scratch file); what it printed on stderr. */
function audit([command, ...rest], tree) {
  const r = spawnSync(
    command,
    [...rest, tree, '--format', 'json', '--output', `${work}/report.json`, '--quiet', '--fail-on', 'never', '--jobs', '1'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  if (r.status !== 0) throw new Error(`instructions: the audit of ${tree} ended with status ${r.status}: ${r.stderr.slice(-1000)}`);
  return r.stderr;
}
