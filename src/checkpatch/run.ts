// Runs a user-supplied checkpatch.pl over the kernel C files. Only with `--checkpatch PATH`:
// checkpatch is slow (about 30 KB/s) and not ours to ship.

import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { AnalysisNote } from '../types.js';
import { type CheckpatchFinding, parseCheckpatchOutput } from './parse.js';

export interface CheckpatchRun {
  findings: CheckpatchFinding[];
  notes: AnalysisNote[];
}

export interface CheckpatchOptions {
  /** Path of checkpatch.pl. */
  script: string;
  /** Audited root: checkpatch runs there, with paths relative to it. */
  root: string;
  files: string[];
  /** Parallel checkpatch processes (default: the CPU count, at most 4). */
  jobs?: number;
  /** Per process (default 10 minutes). */
  timeoutMs?: number;
}

/** `--no-tree`: no kernel tree around; `--terse --show-types`: one parsable line per report. */
export const CHECKPATCH_ARGS = ['--no-tree', '--terse', '--show-types', '--no-summary', '--file'];

export class CheckpatchError extends Error {}

export async function runCheckpatch(options: CheckpatchOptions): Promise<CheckpatchRun> {
  try {
    accessSync(options.script, constants.R_OK);
  } catch {
    throw new CheckpatchError(`checkpatch: cannot read ${options.script}`);
  }
  const files = options.files.filter((f) => /\.[ch]$/.test(f));
  const jobs = Math.max(1, Math.min(options.jobs ?? Math.min(availableParallelism(), 4), files.length));
  const batches = Array.from({ length: jobs }, (_, i) => files.filter((_, j) => j % jobs === i));
  const runs = await Promise.all(batches.filter((b) => b.length > 0).map((b) => runBatch(options, b)));
  const findings = runs.flatMap((r) => r.findings);
  findings.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return { findings, notes: runs.flatMap((r) => r.notes) };
}

function runBatch(options: CheckpatchOptions, files: string[]): Promise<CheckpatchRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'perl',
      [options.script, ...CHECKPATCH_ARGS, ...files],
      { cwd: options.root, maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs ?? 600_000, env: { ...process.env, LANG: 'C' } },
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
