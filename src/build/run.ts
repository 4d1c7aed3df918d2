// Runs kbuild against each header tree on a private copy of the repository, in parallel, with a time limit.
// This executes the repository's Makefile: it runs in a sandbox (sandbox.ts) under resource caps (limits.ts),
// with a minimal environment (env.ts), and the copy is removed afterwards.

import { childProcess } from '../engine/builtins.js';
import { existsSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { RepoModel } from '../model/types.js';
import { copyScannedFiles, removeTree } from './copy.js';
import { parseBuildLog } from './diagnostics.js';
import { buildEnv } from './env.js';
import { kernelRelease } from './headers.js';
import { type BuildLimits, DEFAULT_LIMITS } from './limits.js';
import { BoundedLog } from './log.js';
import { type PathContext, toFinding } from './map.js';
import { type Command, chooseSandbox, makeBuildDir, NOBODY, runsAsRoot, type Sandbox } from './sandbox.js';
import type { BuildFinding, BuildOptions, BuildResult } from './types.js';

const TAIL_LINES = 25;
const PROCESSES_PER_JOB = 32;

/** Folders kbuild must be pointed at with M=: those declaring modules or subfolders, unless another one reaches them. */
export function buildDirs(model: RepoModel): string[] {
  const dirOf = (f: string) => path.posix.dirname(f);
  const dirs = new Set<string>();
  const reachedFrom = new Map<string, string>();
  for (const e of model.objEntries) {
    if (!e.subdir) dirs.add(e.dir ?? dirOf(e.file));
    else {
      dirs.add(dirOf(e.file));
      if (e.dir) reachedFrom.set(e.dir, dirOf(e.file));
    }
  }
  return [...dirs].filter((d) => !dirs.has(reachedFrom.get(d) ?? '\0')).sort();
}

interface Run {
  exitCode: number | null;
  timedOut: boolean;
  log: string;
  /** Bytes of output left out of `log`. */
  dropped: number;
}

/** After make exits, how long its output may still trickle in before the pipes are closed on it. */
const DRAIN_MS = 2000;

function runMake(cmd: Command, env: Record<string, string>, timeoutMs: number, logBytes: number): Promise<Run> {
  return new Promise((resolve) => {
    // detached: a process group of its own, killed as a whole on timeout. In a sandbox, killing it also ends the
    // sandbox's pid namespace (--die-with-parent, --kill-child), so nothing started by the build survives.
    const child = childProcess().spawn(cmd.file, cmd.args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = new BoundedLog(logBytes);
    child.stdout.on('data', (b: Buffer) => log.push(b));
    child.stderr.on('data', (b: Buffer) => log.push(b));
    let timedOut = false;
    let settled = false;
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    const finish = (exitCode: number | null, extra = '') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ exitCode, timedOut, log: log.text() + extra, dropped: log.dropped });
    };
    child.on('error', (e) => finish(null, `could not run ${cmd.file}: ${e.message}`));
    child.on('close', (code) => finish(code));
    // Unsandboxed, a daemon the build left behind may hold the pipes open: do not wait for it.
    child.on('exit', (code) => {
      setTimeout(() => {
        if (settled) return;
        killGroup();
        child.stdout.destroy();
        child.stderr.destroy();
        finish(code);
      }, DRAIN_MS).unref();
    });
  });
}

/** Header trees as the sandbox must show them: the real path, and the source tree an `O=` build links to. */
function readOnlyTrees(headers: string): string[] {
  const trees = new Set<string>();
  for (const p of [headers, path.join(headers, 'source')]) {
    try {
      trees.add(realpathSync(p));
    } catch {
      // no `source` link: a Debian header package or a plain tree
    }
  }
  return [...trees];
}

async function buildOne(
  model: RepoModel,
  headers: string,
  opts: BuildOptions,
  sandbox: Sandbox,
  limits: BuildLimits,
  makeJobs: number,
): Promise<BuildResult> {
  const started = Date.now();
  const kernel = kernelRelease(headers);
  const result: BuildResult = {
    headers,
    kernel,
    sandbox: sandbox.kind,
    ok: false,
    timedOut: false,
    exitCode: null,
    durationMs: 0,
    findings: [],
    logTail: [],
    notes: [],
  };
  if (!existsSync(path.join(headers, 'Makefile'))) {
    result.notes.push(`${headers} is not a kernel header tree (no Makefile); not built`);
    return result;
  }
  if (!kernel) result.notes.push(`${headers}: include/config/kernel.release is missing; findings are not tagged with a release`);
  const dirs = buildDirs(model);
  if (dirs.length === 0) {
    result.notes.push('no obj-m entry to build');
    return result;
  }
  if (sandbox.kind === 'none')
    result.notes.push("built without a sandbox (--build-sandbox=none): the Makefile could read and write whatever the audit's user can");
  const copy = makeBuildDir('lkm-audit-build-');
  try {
    const copied = copyScannedFiles(model.scan, copy, limits.copyBytes, sandbox.kind !== 'none' && runsAsRoot() ? NOBODY : undefined);
    if (copied.skipped)
      result.notes.push(`${copied.skipped} file(s) not copied for the build: the copy is capped at ${limits.copyBytes} bytes`);
    const real = realpathSync(headers);
    const ctx: PathContext = { copy, bases: [headers, real], model };
    const env = buildEnv(process.env, sandbox.kind === 'none' ? copy : '/tmp');
    let exitCode: number | null = 0;
    const logs: string[] = [];
    for (const dir of dirs) {
      const m = path.join(copy, dir);
      const cmd = sandbox.wrap({ copy, readOnly: readOnlyTrees(headers), limits }, [
        'make',
        '-C',
        real,
        `M=${m}`,
        'modules',
        'W=1',
        `-j${makeJobs}`,
      ]);
      const run = await runMake(cmd, env, Math.max(1, opts.timeoutMs - (Date.now() - started)), limits.logBytes);
      logs.push(run.log);
      if (run.dropped)
        result.notes.push(`build log of ${dir} truncated: ${run.dropped} bytes over the ${limits.logBytes}-byte limit left out`);
      if (run.timedOut) result.timedOut = true;
      if (run.exitCode !== 0) exitCode = run.exitCode;
      if (run.timedOut) break;
    }
    const log = logs.join('\n');
    result.exitCode = exitCode;
    result.ok = exitCode === 0 && !result.timedOut;
    result.logTail = log
      .replaceAll(copy + path.sep, '')
      .split('\n')
      .filter(Boolean)
      .slice(-TAIL_LINES);
    const seen = new Set<string>();
    for (const d of parseBuildLog(log)) {
      const f = toFinding(d, kernel, ctx);
      if (!f) continue;
      const key = `${f.ruleId}|${f.file}|${f.line}|${f.column}|${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.findings.push(f);
    }
    if (!result.ok && !result.findings.some((f) => f.ruleId === 'build/compile-error')) {
      const why = result.timedOut ? `timed out after ${Math.round(opts.timeoutMs / 1000)} s` : `failed (exit ${exitCode})`;
      const fallback: BuildFinding = {
        ruleId: 'build/compile-error',
        message: `the build against ${kernel ?? headers} ${why}; last lines of the log:\n${result.logTail.join('\n')}`,
        kernel,
      };
      result.findings.push(fallback);
    }
  } finally {
    try {
      removeTree(copy);
    } catch (e) {
      result.notes.push(`could not remove the build copy ${copy}: ${(e as Error).message}`);
    }
    result.durationMs = Date.now() - started;
  }
  return result;
}

/** Builds the repository against every header tree, at most `jobs` (default: CPU count) at once. */
export async function runBuilds(model: RepoModel, opts: BuildOptions): Promise<BuildResult[]> {
  const cpus = availableParallelism();
  const parallel = Math.max(1, Math.min(opts.jobs ?? cpus, cpus, opts.headers.length));
  const makeJobs = Math.max(1, Math.floor(cpus / parallel));
  // Before anything runs: refuses (SandboxUnavailableError) when no sandbox works and none was not asked for.
  const sandbox = chooseSandbox(opts.sandbox ?? 'auto', opts.tools);
  // A make job is a handful of processes (sh, gcc, cc1, as, fixdep): a wide -j must not run into the process cap.
  const processes = Math.max(DEFAULT_LIMITS.processes, PROCESSES_PER_JOB * makeJobs);
  const limits: BuildLimits = { ...DEFAULT_LIMITS, processes, ...opts.limits };
  const results: BuildResult[] = new Array(opts.headers.length);
  let next = 0;
  const worker = async () => {
    while (next < opts.headers.length) {
      const i = next++;
      results[i] = await buildOne(model, opts.headers[i], opts, sandbox, limits, makeJobs);
      opts.onDone?.(results[i]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}
