// How much an audit allocates, and where: V8's sampling heap profiler over one audit in one thread, counting the
// objects the collector has freed since (one sample per 64 kB). Allocation is what makes the young generation's
// collections run; it is not time: a native scan that makes one array per hit may still beat a loop over every
// character (round 19), so weigh a change with scripts/instructions.mjs too. Not part of `npm test`.
//
//   node scripts/allocations.mjs [--cli cli.js] [--rows N] [--by-caller] TREE
//
// `--by-caller`: what a native function allocates (a regular expression's `match`, an iterator's `next`) is shown
// under the function that called it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { takeFlag, takeOption } from './lib/options.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => takeOption(args, name, fallback);
const here = path.dirname(new URL(import.meta.url).pathname);
const cli = opt('--cli', path.join(here, '..', 'dist', 'cli.js'));
const rows = Number(opt('--rows', 25));
// a native function's allocations (a regular expression's `match`, an iterator's `next`) under the function calling it
const byCaller = takeFlag(args, '--by-caller');
const tree = args[0];
if (!tree) {
  console.error('usage: node scripts/allocations.mjs [--cli cli.js] [--rows N] [--by-caller] TREE');
  process.exit(2);
}
const work = mkdtempSync(path.join(os.tmpdir(), 'lkm-allocations-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const profile = path.join(work, 'profile.json');
const r = spawnSync(
  process.execPath,
  [
    '-r',
    path.join(here, 'lib', 'heap-sampling.cjs'),
    cli,
    tree,
    '--format',
    'json',
    '--output',
    path.join(work, 'report.json'),
    '--quiet',
    '--fail-on',
    'never',
    '--jobs',
    '1',
  ],
  { env: { ...process.env, LKM_ALLOCATIONS_OUT: profile }, encoding: 'utf8' },
);
if (r.status !== 0) {
  console.error(`allocations: the audit ended with status ${r.status}: ${r.stderr.slice(-1000)}`);
  process.exit(1);
}
const { head, samples } = JSON.parse(readFileSync(profile, 'utf8'));
const sizeOf = new Map();
for (const s of samples) sizeOf.set(s.nodeId, (sizeOf.get(s.nodeId) ?? 0) + s.size);
const bySite = new Map();
let total = 0;
const siteOf = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : '(native)'}`;
const visit = (node, parent) => {
  const native = !node.callFrame.url;
  const site = byCaller && native && parent ? `${siteOf(node.callFrame)} < ${siteOf(parent.callFrame)}` : siteOf(node.callFrame);
  const size = sizeOf.get(node.id) ?? 0;
  bySite.set(site, (bySite.get(site) ?? 0) + size);
  total += size;
  for (const child of node.children) visit(child, node);
};
visit(head);
console.log(`${tree}: ${(total / 1e6).toFixed(0)} MB allocated`);
for (const [site, size] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`${(size / 1e6).toFixed(0).padStart(8)} MB ${((100 * size) / total).toFixed(1).padStart(5)}%  ${site}`);
