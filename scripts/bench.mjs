// Speed check: the audit of a large tree against merely reading it. Prints ratios, not
// absolute times, so the figure means the same on any machine.
// Tree: LKM_BENCH_TREE, else Linux 6.1's drivers/ (extracted from /usr/src/linux-source-6.1.tar.xz).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const tree = process.env.LKM_BENCH_TREE ?? ensureDrivers();
if (!tree) {
  console.log('bench: no tree (set LKM_BENCH_TREE or install linux-source-6.1); nothing measured');
  process.exit(0);
}

function ensureDrivers() {
  const base = '/tmp/lkm-bench/linux-source-6.1';
  if (existsSync(`${base}/drivers`)) return `${base}/drivers`;
  if (!existsSync('/usr/src/linux-source-6.1.tar.xz')) return undefined;
  mkdirSync('/tmp/lkm-bench', { recursive: true });
  execFileSync('tar', ['-xJf', '/usr/src/linux-source-6.1.tar.xz', '-C', '/tmp/lkm-bench', 'linux-source-6.1/drivers']);
  return `${base}/drivers`;
}

function readAll(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        bytes += readFileSync(p).length;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

const cli = path.resolve(process.env.LKM_BENCH_CLI ?? 'dist/cli.js');
const time = (fn) => {
  const t = process.hrtime.bigint();
  const r = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, r };
};

readAll(tree); // warm the page cache so both runs read from memory
const read = time(() => readAll(tree));
const run = time(() =>
  spawnSync(process.execPath, [cli, tree, '--format', 'json', '--output', '/tmp/lkm-bench-report.json', '--fail-on', 'never'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  }),
);
if (run.r.status !== 0) {
  console.error(run.r.stderr);
  process.exit(1);
}
const report = JSON.parse(readFileSync('/tmp/lkm-bench-report.json', 'utf8'));
const mb = read.r.bytes / 1e6;
console.log(`tree: ${tree} (${read.r.files} files, ${mb.toFixed(0)} MB; ${statSync(tree).isDirectory() ? 'folder' : ''})`);
console.log(`modules found: ${report.modules.length}, findings: ${report.findings.length}`);
console.log(`read all files: ${(read.ms / 1000).toFixed(2)} s`);
console.log(`full audit:     ${(run.ms / 1000).toFixed(2)} s`);
console.log(`ratio audit/read: ${(run.ms / read.ms).toFixed(1)}x (target: a few times the read time)`);
