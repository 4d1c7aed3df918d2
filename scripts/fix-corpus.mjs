#!/usr/bin/env node
// Runs `lkm-audit fix` on copies of real out-of-tree module repositories and prints the figures of docs/fix.md:
// files changed, findings before/after, whether the dry-run diff applies with git, whether a second run changes
// nothing, and whether the module builds against the Debian 6.1 and 6.12 headers before and after.
// Not part of `npm test`; the repositories are never committed.
//
//   node scripts/fix-corpus.mjs [--mirror DIR] [--work DIR] [--no-build] [--only NAME] [--show-diff]
//
// Each repository is read from a bare git mirror (DIR/<owner>+<name>/repo, as `fetch github:owner/name` leaves it,
// or a plain `git clone --mirror`); the script prints the commit it used.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources } from './lib/load-src.mjs';

const REPOS = [
  'umlaeute/v4l2loopback',
  'nix-community/acpi_call',
  'Bumblebee-Project/bbswitch',
  'frankcrawford/it87',
  'Fred78290/nct6687d',
  'ocerman/zenpower',
  'm0nad/Diamorphine',
  'gnif/vendor-reset',
  'medusalix/xone',
  'atar-axis/xpadneo',
  'linux-thinkpad/tp_smapi',
  'nicman23/dkms-hid-nintendo',
  'electrified/asus-wmi-sensors',
  'DisplayLink/evdi',
];

const here = path.dirname(fileURLToPath(import.meta.url));
const _repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const mirror = opt('mirror', '/work/.mirror');
const work = opt('work', '/tmp/lkm-fix-corpus');
const only = opt('only', '');
const doBuild = !args.includes('--no-build');
const showDiff = args.includes('--show-diff');

function headersFor(series) {
  const names = existsSync('/usr/src') ? readdirSync('/usr/src') : [];
  const re = new RegExp(`^linux-headers-${series.replace('.', '\\.')}\\.[0-9].*-amd64$`);
  return names
    .filter((n) => re.test(n))
    .sort()
    .map((n) => `/usr/src/${n}`)
    .at(-1);
}
const headers = [headersFor('6.1'), headersFor('6.12')].filter(Boolean);
if (doBuild && headers.length < 2)
  console.error('note: not both Debian 6.1 and 6.12 header trees in /usr/src; building against what there is');

const out = path.join('/tmp', `lkm-audit-fix-corpus-${process.pid}.mjs`);
const api = await loadSources(
  `
      export { audit } from './src/audit.js';
      export { computeFixes, writeChanges, fixableRuleIds } from './src/fix/engine.js';
      export { unifiedDiff } from './src/fix/diff.js';
      export { runBuilds } from './src/build/run.js';
      export { buildModel } from './src/model/build.js';
      export { scanRepository } from './src/scan/index.js';
      export { EMPTY_CONFIG } from './src/config/load.js';
    `,
  'fix-corpus',
);
const fixable = new Set(api.fixableRuleIds());

/** The HEAD tree, file by file (a snapshot may lack its largest blobs: those are skipped and listed). */
function extract(gitDir, to) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', 'HEAD'], { maxBuffer: 1 << 28 }).toString('utf8');
  const missing = [];
  for (const entry of listing.split('\0').filter(Boolean)) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!m || m[2] !== 'blob') continue;
    const file = path.join(to, m[4]);
    mkdirSync(path.dirname(file), { recursive: true });
    let bytes;
    try {
      bytes = execFileSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', m[3]], {
        maxBuffer: 1 << 28,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      missing.push(m[4]);
      continue;
    }
    if (m[1] === '120000') symlinkSync(bytes.toString('utf8'), file);
    else writeFileSync(file, bytes, { mode: m[1] === '100755' ? 0o755 : 0o644 });
  }
  return missing;
}

async function builds(dir) {
  if (!doBuild) return [];
  const model = api.buildModel(api.scanRepository(dir, { ignore: [] }), api.EMPTY_CONFIG);
  const results = await api.runBuilds(model, { headers, timeoutMs: 600_000, jobs: 1 });
  return results.map((r) => ({
    kernel: (r.kernel ?? '?').replace(/^(\d+\.\d+).*/, '$1'),
    ok: r.ok,
    // The compiler's errors by file and text, to tell "fails as before" from "fails differently". Not by line:
    // a fix that adds a line above (an SPDX tag) moves every later error down by one.
    errors: r.findings
      .filter((f) => f.ruleId === 'build/compile-error')
      .map((f) => `${f.file ?? ''}: ${f.message.split('\n')[0]}`)
      .sort(),
  }));
}

const rows = [];
for (const name of REPOS) {
  if (only && !name.includes(only)) continue;
  const gitDir = path.join(mirror, name.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) {
    console.error(`skip ${name}: no mirror at ${gitDir}`);
    continue;
  }
  const commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const base = path.join(work, name.replace('/', '+'));
  const before = path.join(base, 'before');
  const after = path.join(base, 'after');
  const absent = extract(gitDir, before);
  extract(gitDir, after);
  if (absent.length) console.error(`${name}: ${absent.length} file(s) absent from the snapshot, skipped: ${absent.slice(0, 3).join(', ')}`);
  const t0 = performance.now();
  const outcome = await api.computeFixes(after);
  const patch = api.unifiedDiff(outcome.changes);
  writeFileSync(path.join(base, 'fix.patch'), patch);
  // The dry-run diff must apply to a pristine copy.
  let applies = true;
  if (patch) {
    try {
      execFileSync('git', ['apply', '--check', path.join(base, 'fix.patch')], { cwd: before, stdio: 'pipe' });
    } catch {
      applies = false;
    }
  }
  const { failed } = api.writeChanges(after, outcome.changes);
  const second = await api.computeFixes(after);
  const { report: reAudit } = await api.audit(after);
  const secs = (performance.now() - t0) / 1000;
  const fixableBefore = outcome.before.findings.filter((f) => fixable.has(f.ruleId)).length;
  const fixableAfter = reAudit.findings.filter((f) => fixable.has(f.ruleId)).length;
  const builtBefore = await builds(before);
  const builtAfter = await builds(after);
  const byRule = {};
  for (const a of outcome.applied) byRule[a.ruleId] = (byRule[a.ruleId] ?? 0) + 1;
  const row = {
    repo: name,
    commit: commit.slice(0, 12),
    files: outcome.changes.length,
    fixes: outcome.applied.length,
    before: outcome.before.findings.length,
    after: reAudit.findings.length,
    fixableBefore,
    fixableAfter,
    scoreBefore: outcome.before.score,
    scoreAfter: reAudit.score,
    applies,
    idempotent: second.changes.length === 0,
    writeFailures: failed.length,
    builtBefore,
    builtAfter,
    byRule,
    left: reAudit.findings.filter((f) => fixable.has(f.ruleId)).map((f) => `${f.ruleId} ${f.file ?? ''}:${f.line ?? ''}`),
    secs: Number(secs.toFixed(1)),
  };
  rows.push(row);
  console.error(`${name}: ${row.files} files, findings ${row.before} -> ${row.after}, fixable ${fixableBefore} -> ${fixableAfter}`);
  if (showDiff) console.error(patch);
}
rmSync(out, { force: true });

const yesNo = (b) => (b ? 'yes' : '**no**');
const buildCell = (list, was) =>
  list.length
    ? list
        .map((b) => {
          if (b.ok) return `${b.kernel} ok`;
          const prev = was?.find((x) => x.kernel === b.kernel);
          const same = prev && !prev.ok && prev.errors.join('\n') === b.errors.join('\n');
          return `${b.kernel} fails${was ? (same ? ' (same errors)' : ' (**other errors**)') : ''}`;
        })
        .join(', ')
    : '-';
console.log(
  '| repository (commit) | files changed | fixes | findings before -> after | fixable before -> after | score | diff applies | 2nd run no-op | build before | build after |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.repo} (${r.commit}) | ${r.files} | ${r.fixes} | ${r.before} -> ${r.after} | ${r.fixableBefore} -> ${r.fixableAfter} | ${r.scoreBefore} -> ${r.scoreAfter} | ${yesNo(r.applies)} | ${yesNo(r.idempotent)} | ${buildCell(r.builtBefore)} | ${buildCell(r.builtAfter, r.builtBefore)} |`,
  );
const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
console.log(
  `| **total (${rows.length})** | ${sum('files')} | ${sum('fixes')} | ${sum('before')} -> ${sum('after')} | ${sum('fixableBefore')} -> ${sum('fixableAfter')} | | | | | |`,
);
const rules = {};
for (const r of rows) for (const [k, v] of Object.entries(r.byRule)) rules[k] = (rules[k] ?? 0) + v;
console.log('\nFixes by rule:\n');
for (const [k, v] of Object.entries(rules).sort((a, b) => b[1] - a[1])) console.log(`- \`${k}\`: ${v}`);
console.log('\nFirst compiler error of the builds that fail (before the fix):\n');
for (const r of rows)
  for (const b of r.builtBefore) if (!b.ok) console.log(`- ${r.repo} on ${b.kernel}: ${b.errors[0] ?? '(no compiler diagnostic)'}`);
console.log('\nFindings of fixable rules left (no safe fix):\n');
for (const r of rows) if (r.left.length) console.log(`- ${r.repo}: ${r.left.join('; ')}`);
if (args.includes('--json')) writeFileSync(path.join(work, 'results.json'), JSON.stringify(rows, null, 2));
