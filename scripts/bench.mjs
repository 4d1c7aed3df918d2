// Speed check (npm run bench; not part of npm test). In one invocation, on one tree:
//  - the read floor: walking and reading every file, page cache warm;
//  - the audit, run as a child process of the current sources (built to a temporary folder), which reports its own
//    peak RSS and CPU time (those of every process, when the launcher starts it again: src/launcher/huge-pages.ts);
//  - checkpatch.pl on a sample of the same C files, extrapolated to all of them by bytes;
//  - the audit again on nested 1x/2x/4x slices of the tree (1/8, 1/4, 1/2 of its units) so linearity shows as s/MB.
// Tree: LKM_BENCH_TREE, else /work/linux-6.1/drivers if present, else Linux 6.1's drivers/ extracted from
// /usr/src/linux-source-6.1.tar.xz. LKM_BENCH_CLI runs a given cli.js instead of building the sources;
// LKM_BENCH_SLICES=0 skips the slices (LKM_BENCH_SLICE_UNIT=two-levels: slices of the entries two levels down, as rounds
// 1-29 made them); LKM_BENCH_CHECKPATCH (path) and LKM_BENCH_CHECKPATCH_BYTES (sample size).
// LKM_BENCH_JSON=path also writes the figures as JSON; LKM_BENCH_REPORT=path keeps the JSON report of the full run.
// LKM_BENCH_JOBS=n runs the audit with --jobs n (default: one worker per core); LKM_BENCH_HEAP_MB is the audit's heap
// limit (default 12288: a whole kernel tree as one repository outgrows Node's default of about 4 GB).
// LKM_BENCH_TYPICAL=dir[:dir...] first times typical module repositories the way a user runs them: the CLI as a new
// process, Node start-up included, median of LKM_BENCH_RUNS runs (default 15) after two warm-ups; LKM_BENCH_TREE=skip
// measures only that. LKM_BENCH_BASE=REV|cli.js times another build beside it, run for run in turn (each with its own
// code cache), so that both meet the same load: on a shared machine that is the only fair before/after.
// LKM_BENCH_NODE=path runs every audit with that Node (default: the one running the bench), e.g. the Node 24 GitHub
// runs the Action with (scripts/install-node24.sh puts one in /tmp/lkm-node24/package/bin/node).

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

const mb = (bytes) => bytes / 1e6;
/** The Node that runs the audits (the bench's own builds and reads run in this one). */
const runtime = process.env.LKM_BENCH_NODE ?? process.execPath;
if (runtime !== process.execPath)
  console.log(`audits run by ${runtime} (${execFileSync(runtime, ['--version'], { encoding: 'utf8' }).trim()})`);
const s = (ms) => (ms / 1000).toFixed(2);

const given = process.env.LKM_BENCH_TREE === 'skip' ? undefined : (process.env.LKM_BENCH_TREE ?? defaultTree());
const typical = process.env.LKM_BENCH_TYPICAL;
if (!given && !typical) {
  console.log('bench: no tree (set LKM_BENCH_TREE, or extract Linux 6.1 to /work/linux-6.1); nothing measured');
  process.exit(0);
}
const tree = given && path.resolve(given);

function defaultTree() {
  if (existsSync('/work/linux-6.1/drivers')) return '/work/linux-6.1/drivers';
  const base = '/tmp/lkm-bench/linux-source-6.1';
  if (existsSync(`${base}/drivers`)) return `${base}/drivers`;
  if (!existsSync('/usr/src/linux-source-6.1.tar.xz')) return undefined;
  mkdirSync('/tmp/lkm-bench', { recursive: true });
  execFileSync('tar', ['-xJf', '/usr/src/linux-source-6.1.tar.xz', '-C', '/tmp/lkm-bench', 'linux-source-6.1/drivers']);
  return `${base}/drivers`;
}

const work = `/tmp/lkm-bench-${process.pid}`;
mkdirSync(work, { recursive: true });
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// --- the CLI under test: the current sources, not a possibly stale dist/ ---
let cli = process.env.LKM_BENCH_CLI && path.resolve(process.env.LKM_BENCH_CLI);
if (!cli) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, LKM_DIST_OUT: `${work}/dist` } });
  cli = `${work}/dist/cli.js`;
}
// --- a typical repository, end to end ---
if (typical) {
  const runs = Number(process.env.LKM_BENCH_RUNS ?? 15);
  const time = (args, env = process.env) => {
    const t = now();
    const r = spawnSync(runtime, args, { encoding: 'utf8', env });
    if (r.status !== 0 && r.status !== 1) {
      console.error(`bench: ${args.join(' ')} failed (status ${r.status})\n${r.stderr}`);
      process.exit(1);
    }
    return now() - t;
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const series = (args) => {
    time(args);
    time(args);
    return Array.from({ length: runs }, () => time(args));
  };
  const base = process.env.LKM_BENCH_BASE && baseCli(process.env.LKM_BENCH_BASE);
  const bare = series(['-e', '0']);
  console.log(`Node start-up alone: median ${s(median(bare))} s`);
  for (const repo of typical.split(path.delimiter).filter(Boolean)) {
    const auditArgs = (c) => [c, path.resolve(repo), '--format', 'json', '--output', '/dev/null', '--quiet'];
    let audit;
    let before;
    if (base) {
      // In turn, each build with a code cache of its own (a folder holds a few builds' caches; apart, neither build's
      // run can touch the other's)
      const builds = [base, cli].map((c, i) => {
        const dir = `${work}/code-cache-${i}`;
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        return { args: auditArgs(c), env: { ...process.env, LKM_AUDIT_CACHE_DIR: dir } };
      });
      for (const b of builds) for (let i = 0; i < 2; i++) time(b.args, b.env);
      before = [];
      audit = [];
      for (let i = 0; i < runs; i++) {
        before.push(time(builds[0].args, builds[0].env));
        audit.push(time(builds[1].args, builds[1].env));
      }
    } else audit = series(auditArgs(cli));
    if (before)
      console.log(
        `typical repository ${repo}, base ${process.env.LKM_BENCH_BASE}: median ${s(median(before))} s wall (min ${s(Math.min(...before))} s), run in turn with this build`,
      );
    console.log(
      `typical repository ${repo}: median ${s(median(audit))} s wall (min ${s(Math.min(...audit))} s) over ${runs} runs (target < 0.45 s)`,
    );
    if (before) console.log(`change against the base: ${(((median(audit) - median(before)) / median(before)) * 100).toFixed(1)}% (median)`);
  }
  console.log(`load average: ${loadavg()[0].toFixed(1)}`);
  if (!tree) process.exit(0);
}

/** The CLI of another build: a cli.js as it is, or a git revision built to a temporary folder. */
function baseCli(spec) {
  if (spec.endsWith('.js') && existsSync(spec)) return path.resolve(spec);
  const src = `${work}/base-src`;
  mkdirSync(src, { recursive: true });
  execFileSync('tar', ['-x', '-C', src], { input: execFileSync('git', ['archive', spec], { maxBuffer: 1 << 30 }) });
  symlinkSync(path.resolve('node_modules'), `${src}/node_modules`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: src, env: { ...process.env, LKM_DIST_OUT: `${work}/base-dist` } });
  return `${work}/base-dist/cli.js`;
}

// The audit measures itself: peak RSS and CPU time as the kernel counted them, written at exit by each Node process
// it runs (preloaded with --import, which a process the launcher starts again inherits with Node's other options;
// see src/launcher/relaunch.ts), one line each. Worker threads share their process's counts and write none.
const wrapper = `${work}/measure.mjs`;
writeFileSync(
  wrapper,
  `import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
if (isMainThread && process.env.LKM_BENCH_USAGE)
  process.on('exit', () => {
    const u = process.resourceUsage();
    appendFileSync(process.env.LKM_BENCH_USAGE, JSON.stringify({ pid: process.pid, maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }) + '\\n');
  });
`,
);

// --- the files, and the read floor ---
function listFiles(dir) {
  const files = [];
  const walk = (d, rel) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else if (e.isFile()) files.push(r);
    }
  };
  walk(dir, '');
  return files;
}

/** The audit reads no file over 1 MiB (src/scan/walk.ts): s/MB is per byte it reads, not per byte of the tree. */
const AUDIT_MAX_FILE_BYTES = 1024 * 1024;

function readFloor(dir) {
  const t = now();
  const files = listFiles(dir);
  let bytes = 0;
  let audited = 0;
  for (const f of files) {
    const n = readFileSync(path.join(dir, f)).length;
    bytes += n;
    if (n <= AUDIT_MAX_FILE_BYTES) audited += n;
  }
  return { ms: now() - t, files: files.length, bytes, audited };
}

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function audit(dir, label) {
  const usage = `${work}/usage-${label}.json`;
  const report = `${work}/report-${label}.json`;
  const t = now();
  // A whole kernel tree as one repository outgrows Node's default heap (about 4 GB): the run measures, it must finish.
  const heap = [`--max-old-space-size=${process.env.LKM_BENCH_HEAP_MB ?? '12288'}`];
  const jobs = process.env.LKM_BENCH_JOBS ? ['--jobs', process.env.LKM_BENCH_JOBS] : [];
  rmSync(usage, { force: true });
  const r = spawnSync(
    runtime,
    [...heap, '--import', wrapper, cli, dir, '--format', 'json', '--output', report, '--fail-on', 'never', ...jobs],
    {
      encoding: 'utf8',
      env: { ...process.env, LKM_BENCH_USAGE: usage },
      maxBuffer: 1 << 30,
    },
  );
  const ms = now() - t;
  if (r.status !== 0) {
    console.error(`bench: the audit of ${dir} failed (status ${r.status})\n${r.stderr}`);
    process.exit(1);
  }
  // every process of the run: their CPU added up, the largest peak
  const procs = readFileSync(usage, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const cpuUs = procs.reduce((sum, p) => sum + p.cpuUs, 0);
  const maxRssKb = Math.max(...procs.map((p) => p.maxRssKb));
  const rep = JSON.parse(readFileSync(report, 'utf8'));
  return {
    ms,
    cpuMs: cpuUs / 1000,
    rssMb: maxRssKb / 1024,
    processes: procs.length,
    modules: rep.modules.length,
    findings: rep.findings.length,
  };
}

// --- checkpatch.pl on a sample of the C files, extrapolated by bytes ---
function checkpatch(dir, cFiles) {
  const script = process.env.LKM_BENCH_CHECKPATCH ?? '/work/linux-6.1/scripts/checkpatch.pl';
  if (!existsSync(script)) return undefined;
  const want = Number(process.env.LKM_BENCH_CHECKPATCH_BYTES ?? 150_000);
  // A deterministic spread over the tree: files ordered by a hash of their path.
  const sample = [];
  let bytes = 0;
  // Files of ordinary size only: one generated 1.5 MB register header would be the whole sample.
  for (const f of [...cFiles].filter((f) => f.bytes <= 64_000).sort((a, b) => cmp(hash(a.rel), hash(b.rel)))) {
    if (bytes >= want) break;
    sample.push(f);
    bytes += f.bytes;
  }
  const t = now();
  // perl's own times() reports the CPU time of the child it ran.
  const timed = 'system(@ARGV); my @t = times; print STDERR "\ncpu-seconds:", $t[2] + $t[3], "\n"';
  const args = [script, '--no-tree', '--file', '-q', '--terse', '--show-types', ...sample.map((f) => f.rel)];
  const r = spawnSync('perl', ['-e', timed, 'perl', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const cpu = /cpu-seconds:([\d.]+)/.exec(r.stderr ?? '');
  return { ms: now() - t, cpuMs: cpu ? Number(cpu[1]) * 1000 : Number.NaN, files: sample.length, bytes };
}

function hash(s) {
  return createHash('sha1').update(s).digest('hex');
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// --- nested slices: folders chosen by a hash of their path, so each slice is a representative sample of the tree and
// every smaller slice is inside the larger ones. A folder, not a larger unit: with the entries two levels down (rounds
// 1-29) drivers/gpu/drm alone was 130 of the 563 MB the audit reads, so the slices differed in what they held (only the
// full tree held it, with its generated register headers, cheap to audit) more than in size ---
function makeSlice(dir, eighths) {
  const out = `${work}/slice-${eighths}`;
  for (const rel of listFiles(dir)) {
    const unit = process.env.LKM_BENCH_SLICE_UNIT === 'two-levels' ? rel.split('/').slice(0, 2).join('/') : path.dirname(rel);
    if (Number.parseInt(hash(unit).slice(0, 8), 16) % 8 >= eighths) continue;
    mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    linkOrCopy(path.join(dir, rel), path.join(out, rel));
  }
  return out;
}

function linkOrCopy(from, to) {
  try {
    linkSync(from, to);
  } catch {
    writeFileSync(to, readFileSync(from));
  }
}

readFloor(tree); // warm the page cache so both the floor and the audit read from memory
const floor = readFloor(tree);
const all = listFiles(tree).filter((f) => /\.[ch]$/.test(f));
const cFiles = all.map((rel) => ({ rel, bytes: readFileSync(path.join(tree, rel)).length }));
const cBytes = cFiles.reduce((n, f) => n + f.bytes, 0);
const full = audit(tree, 'full');
const cp = checkpatch(tree, cFiles);

console.log(
  `tree: ${tree} (${floor.files} files, ${mb(floor.bytes).toFixed(0)} MB; ${cFiles.length} C files, ${mb(cBytes).toFixed(0)} MB)`,
);
console.log(`load average at the end: ${loadavg()[0].toFixed(1)} (wall times on a busy machine are longer than CPU times)`);
console.log(`modules found: ${full.modules}, findings: ${full.findings}`);
console.log(`read floor:  ${s(floor.ms)} s wall, ${(mb(floor.bytes) / (floor.ms / 1000)).toFixed(0)} MB/s`);
console.log(
  `audit:       ${s(full.ms)} s wall, ${s(full.cpuMs)} s CPU, ${(mb(floor.bytes) / (full.ms / 1000)).toFixed(1)} MB/s, peak RSS ${full.rssMb.toFixed(0)} MB${full.processes > 1 ? ` (${full.processes} processes: started again with huge pages)` : ''}`,
);
console.log(`ratio audit/read floor: ${(full.ms / floor.ms).toFixed(1)}x wall, ${(full.cpuMs / floor.ms).toFixed(1)}x CPU (target <= 20x)`);
if (process.env.LKM_BENCH_REPORT) writeFileSync(process.env.LKM_BENCH_REPORT, readFileSync(`${work}/report-full.json`));
const figures = { tree, floor, full, cBytes };
if (cp) {
  const cpRate = cp.bytes / (cp.ms / 1000);
  const auditRate = cBytes / (full.ms / 1000);
  const cpuRatio = cp.cpuMs / cp.bytes / (full.cpuMs / cBytes);
  console.log(
    `checkpatch.pl: ${cp.files} C files, ${(cp.bytes / 1e3).toFixed(0)} kB in ${s(cp.ms)} s wall (${s(cp.cpuMs)} s CPU) = ${(cpRate / 1e3).toFixed(1)} kB/s; all ${cFiles.length} C files extrapolated: ${(cBytes / cpRate).toFixed(0)} s`,
  );
  console.log(
    `ratio audit/checkpatch in C bytes per second: ${(auditRate / cpRate).toFixed(0)}x wall, ${cpuRatio.toFixed(0)}x CPU (target >= 1000x)`,
  );
  figures.checkpatch = { ...cp, ratio: auditRate / cpRate, cpuRatio };
} else console.log('checkpatch.pl: not found; not measured');

if (process.env.LKM_BENCH_SLICES !== '0') {
  const rows = [];
  for (const [label, eighths] of [
    ['1x', 1],
    ['2x', 2],
    ['4x', 4],
  ]) {
    const dir = makeSlice(tree, eighths);
    const { bytes, audited } = readFloor(dir);
    rows.push({ label, bytes, audited, ...audit(dir, label) });
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({ label: 'full', bytes: floor.bytes, audited: floor.audited, ...full });
  for (const r of rows)
    console.log(
      `slice ${r.label.padEnd(4)} ${mb(r.bytes).toFixed(0).padStart(5)} MB (${mb(r.audited).toFixed(0).padStart(4)} MB read by the audit): ${s(r.ms).padStart(7)} s wall ${(r.ms / 1000 / mb(r.audited)).toFixed(3)} s/MB, ${(r.cpuMs / 1000 / mb(r.audited)).toFixed(3)} CPU s/MB, peak RSS ${r.rssMb.toFixed(0)} MB`,
    );
  const perMb = rows.map((r) => r.cpuMs / r.audited);
  console.log(`CPU s/MB spread across slices: ${((Math.max(...perMb) / Math.min(...perMb) - 1) * 100).toFixed(1)}% (target <= 25%)`);
  figures.slices = rows;
}
if (process.env.LKM_BENCH_JSON) writeFileSync(process.env.LKM_BENCH_JSON, JSON.stringify(figures, null, 2));
