// Behaviour check for engine work: audits the same trees with two builds and compares the JSON reports rule by rule
// (findings as multisets, so order does not matter), plus modules, kernels, licences, notes and score.
//
//   node scripts/compare-reports.mjs [--base REV|cli.js] [--new REV|cli.js] [tree...]
//   node scripts/compare-reports.mjs --reports base.json new.json
//
// REV is any git revision (built from `git archive` in a temporary folder); the default base is `main` and the
// default new build is the working tree's sources. Without trees: every test fixture, every example, and a few
// slices of /work/linux-6.1/drivers when present. Exits 1 when any report differs.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cliFor } from './lib/cli-build.mjs';
import { takeOption } from './lib/options.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => takeOption(args, name, fallback);

const work = `/tmp/lkm-compare-${process.pid}`;
mkdirSync(work, { recursive: true });
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

if (args[0] === '--reports') {
  const diffs = compare(load(args[1]), load(args[2]));
  print(`${args[1]} vs ${args[2]}`, diffs);
  process.exit(diffs.length ? 1 : 0);
}

const base = cliFor(opt('--base') ?? 'main', 'base', work);
const next = cliFor(opt('--new') ?? '.', 'new', work);
const trees = args.length ? args : defaultTrees();
let differing = 0;
for (const tree of trees) {
  const a = run(base, tree, 'base');
  const b = run(next, tree, 'new');
  const diffs = compare(a, b);
  print(tree, diffs, a);
  if (diffs.length) differing++;
}
console.log(`\n${trees.length} trees, ${differing} with differences`);
process.exit(differing ? 1 : 0);

function defaultTrees() {
  const dirs = (d) =>
    existsSync(d)
      ? readdirSync(d, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => path.join(d, e.name))
      : [];
  const linux = '/work/linux-6.1/drivers';
  const slices = ['char', 'usb/serial', 'net/ethernet/intel', 'media/usb', 'gpu/drm/tiny', 'iio', 'hwmon'];
  return [...dirs('test/fixtures'), ...dirs('examples'), ...(existsSync(linux) ? slices.map((s) => path.join(linux, s)) : [])];
}

function run(cli, tree, label) {
  const out = `${work}/${label}.json`;
  const r = spawnSync(process.execPath, [cli, tree, '--format', 'json', '--output', out, '--fail-on', 'never'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) return { error: `status ${r.status}: ${r.stderr.trim().slice(0, 500)}` };
  return load(out);
}

function load(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Differences, as lines; none when the reports agree. */
function compare(a, b) {
  if (a.error || b.error) return a.error === b.error ? [] : [`run: base ${a.error ?? 'ok'}, new ${b.error ?? 'ok'}`];
  const diffs = [];
  const byRule = (r) => {
    const m = new Map();
    for (const f of r.findings) {
      const list = m.get(f.ruleId) ?? [];
      list.push(JSON.stringify(f, Object.keys(f).sort()));
      m.set(f.ruleId, list);
    }
    return m;
  };
  const ra = byRule(a);
  const rb = byRule(b);
  for (const rule of [...new Set([...ra.keys(), ...rb.keys()])].sort()) {
    const { only1, only2 } = multisetDiff(ra.get(rule) ?? [], rb.get(rule) ?? []);
    if (only1.length || only2.length) {
      diffs.push(`${rule}: ${only1.length} only in base, ${only2.length} only in new`);
      for (const f of only1.slice(0, 3)) diffs.push(`  - ${f}`);
      for (const f of only2.slice(0, 3)) diffs.push(`  + ${f}`);
    }
  }
  for (const key of ['modules', 'kernels', 'licenses', 'score', 'grade', 'categories', 'summary']) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) diffs.push(`${key} differs`);
  }
  const notes = multisetDiff(
    a.notes.map((n) => JSON.stringify(n)),
    b.notes.map((n) => JSON.stringify(n)),
  );
  if (notes.only1.length || notes.only2.length) diffs.push(`notes: ${notes.only1.length} only in base, ${notes.only2.length} only in new`);
  const sup = multisetDiff(
    a.suppressed.map((n) => JSON.stringify(n)),
    b.suppressed.map((n) => JSON.stringify(n)),
  );
  if (sup.only1.length || sup.only2.length) diffs.push('suppressed findings differ');
  return diffs;
}

function multisetDiff(xs, ys) {
  const count = new Map();
  for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
  const only2 = [];
  for (const y of ys) {
    const c = count.get(y) ?? 0;
    if (c > 0) count.set(y, c - 1);
    else only2.push(y);
  }
  const only1 = [];
  for (const [x, c] of count) for (let i = 0; i < c; i++) only1.push(x);
  return { only1, only2 };
}

function print(label, diffs, report) {
  const n = report?.findings ? `${report.findings.length} findings` : (report?.error ?? '');
  console.log(`${diffs.length ? 'DIFF' : 'same'}  ${label}  ${n}`);
  for (const d of diffs) console.log(`      ${d}`);
}
