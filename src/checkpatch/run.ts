// Runs a user-supplied checkpatch.pl over the kernel C files. Only with `--checkpatch PATH`:
// checkpatch is slow (about 30 KB/s) and not ours to ship.
//
// checkpatch hands file names to a shell (`diff -u /dev/null FILE`, `git ls-files -- FILE`) and takes options from
// a `.checkpatch.conf` in the folder it runs in, both under the repository's control. So it runs in a folder of
// ours: a `.checkpatch.conf` holding only the safe options of the repository's (conf.ts), no `.git`, and a link
// `tree` to the audited root; it gets `tree/<path>` for files whose names need no quoting, and nothing else.

import { childProcess } from '../engine/builtins.js';
import { accessSync, constants, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalysisNote } from '../types.js';
import { safeCheckpatchConf } from './conf.js';
import { type CheckpatchFinding, parseCheckpatchOutput } from './parse.js';

export interface CheckpatchRun {
  findings: CheckpatchFinding[];
  notes: AnalysisNote[];
}

export interface CheckpatchOptions {
  /** Path of checkpatch.pl. */
  script: string;
  /** Audited root: paths are relative to it. */
  root: string;
  files: string[];
  /** Text of the repository's `.checkpatch.conf`, when it has one. */
  conf?: string;
  /** Parallel checkpatch processes (default: the CPU count, at most 4). */
  jobs?: number;
  /** Per process (default 10 minutes). */
  timeoutMs?: number;
}

/** `--no-tree`: no kernel tree around; `--terse --show-types`: one parsable line per report. */
export const CHECKPATCH_ARGS = ['--no-tree', '--terse', '--show-types', '--no-summary', '--file'];

/** File names a shell reads as one plain word. */
const PLAIN_NAME = /^[\w.+\-/]+$/;
const TREE = 'tree';

export class CheckpatchError extends Error {}

export async function runCheckpatch(options: CheckpatchOptions): Promise<CheckpatchRun> {
  try {
    accessSync(options.script, constants.R_OK);
  } catch {
    throw new CheckpatchError(`checkpatch: cannot read ${options.script}`);
  }
  const notes: AnalysisNote[] = [];
  const sources = options.files.filter((f) => /\.[ch]$/.test(f));
  const files = sources.filter((f) => PLAIN_NAME.test(f));
  const odd = sources.filter((f) => !PLAIN_NAME.test(f));
  if (odd.length)
    notes.push({
      file: odd[0],
      message: `checkpatch skipped ${odd.length} file(s) whose names hold characters checkpatch would pass to a shell`,
    });
  const conf = safeCheckpatchConf(options.conf);
  if (conf.dropped.length)
    notes.push({
      file: '.checkpatch.conf',
      message: `checkpatch was not given ${conf.dropped.length} word(s) of it: only --ignore, --types, --max-line-length, --min-conf-desc-length, --strict and --subjective are passed on`,
    });
  if (files.length === 0) return { findings: [], notes };

  const cwd = mkdtempSync(path.join(tmpdir(), 'lkm-audit-checkpatch-'));
  try {
    writeFileSync(path.join(cwd, '.checkpatch.conf'), conf.args.map((a) => `${a}\n`).join(''));
    symlinkSync(options.root, path.join(cwd, TREE));
    const jobs = Math.max(1, Math.min(options.jobs ?? Math.min(availableParallelism(), 4), files.length));
    const batches = Array.from({ length: jobs }, (_, i) => files.filter((_, j) => j % jobs === i));
    const runs = await Promise.all(batches.filter((b) => b.length > 0).map((b) => runBatch(options, cwd, b)));
    const findings = runs.flatMap((r) => r.findings).map((f) => ({ ...f, file: f.file.replace(/^tree\//, '') }));
    findings.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
    return { findings, notes: [...notes, ...runs.flatMap((r) => r.notes)] };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

function runBatch(options: CheckpatchOptions, cwd: string, files: string[]): Promise<CheckpatchRun> {
  // No GIT_DIR (checkpatch would run git there) and HOME here, so ~/.checkpatch.conf is not read either.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C', HOME: cwd };
  return new Promise((resolve, reject) => {
    const child = childProcess().execFile(
      'perl',
      [options.script, ...CHECKPATCH_ARGS, ...files.map((f) => `${TREE}/${f}`)],
      { cwd, maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs ?? 600_000, env },
      (error, stdout, stderr) => {
        // Exit status 1 only means "found something"; anything else with no output is a failure.
        const findings = parseCheckpatchOutput(stdout);
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new CheckpatchError('checkpatch: perl is not installed'));
          return;
        }
        const notes: AnalysisNote[] = [];
        if (error && (error.killed || (findings.length === 0 && error.code !== 1))) {
          const why = error.killed ? 'timed out' : stderr.trim().split('\n')[0] || `exit status ${error.code}`;
          notes.push({ message: `checkpatch failed on ${files.length} file(s) (${files[0]}...): ${why}` });
        }
        resolve({ findings, notes });
      },
    );
    child.stdin?.end(); // it reads stdin when it gets no file
  });
}
