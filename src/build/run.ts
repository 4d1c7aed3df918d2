// Runs kbuild against each header tree on a private copy of the repository, in parallel, with a time limit.
// This executes the repository's Makefile: build mode is opt-in and must not run on untrusted pull requests.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { RepoModel } from '../model/types.js';
import { copyScannedFiles } from './copy.js';
import { parseBuildLog } from './diagnostics.js';
import { kernelRelease } from './headers.js';
import { type PathContext, toFinding } from './map.js';
import type { BuildFinding, BuildOptions, BuildResult } from './types.js';

const TAIL_LINES = 25;

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
}

function runMake(args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, LANG: 'C', LC_ALL: 'C' };
    const child = spawn('make', args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.stderr.on('data', (b: Buffer) => chunks.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL'); // the whole process group: make and its compilers
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ exitCode: null, timedOut, log: `could not run make: ${e.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, timedOut, log: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

async function buildOne(model: RepoModel, headers: string, opts: BuildOptions, makeJobs: number): Promise<BuildResult> {
  const started = Date.now();
  const kernel = kernelRelease(headers);
  const result: BuildResult = {
    headers,
    kernel,
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
  const copy = realpathSync(mkdtempSync(path.join(tmpdir(), 'lkm-audit-build-')));
  try {
    copyScannedFiles(model.scan, copy);
    const ctx: PathContext = { copy, bases: [headers, realpathSync(headers)], model };
    let exitCode: number | null = 0;
    const logs: string[] = [];
    for (const dir of dirs) {
      const m = path.join(copy, dir);
      const run = await runMake(
        ['-C', headers, `M=${m}`, 'modules', 'W=1', `-j${makeJobs}`],
        Math.max(1, opts.timeoutMs - (Date.now() - started)),
      );
      logs.push(run.log);
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
    rmSync(copy, { recursive: true, force: true });
    result.durationMs = Date.now() - started;
  }
  return result;
}

/** Builds the repository against every header tree, at most `jobs` (default: CPU count) at once. */
export async function runBuilds(model: RepoModel, opts: BuildOptions): Promise<BuildResult[]> {
  const cpus = availableParallelism();
  const parallel = Math.max(1, Math.min(opts.jobs ?? cpus, cpus, opts.headers.length));
  const makeJobs = Math.max(1, Math.floor(cpus / parallel));
  const results: BuildResult[] = new Array(opts.headers.length);
  let next = 0;
  const worker = async () => {
    while (next < opts.headers.length) {
      const i = next++;
      results[i] = await buildOne(model, opts.headers[i], opts, makeJobs);
      opts.onDone?.(results[i]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}
