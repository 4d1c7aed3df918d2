// Revisions are independent audits: run them on worker threads, one per core (two here). The workers run the
// bundled dist/history-worker.js beside the CLI bundle; from sources (tests through vitest, which cannot start a
// TypeScript worker) the same function runs in-process, one revision at a time.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { noteWorkersUsed } from '../../engine/workers-used.js';
import { auditRevision, type RevisionOutcome, type RevisionTask } from './revision.js';

export function workerScript(): string | undefined {
  const file = fileURLToPath(new URL('./history-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

export interface PoolResult {
  outcomes: RevisionOutcome[];
  /** Workers actually used (1 means in-process). */
  parallel: number;
}

export async function auditRevisions(
  tasks: RevisionTask[],
  opts: { jobs?: number; onDone?: (index: number, outcome: RevisionOutcome) => void } = {},
): Promise<PoolResult> {
  const outcomes: RevisionOutcome[] = new Array(tasks.length);
  const script = workerScript();
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), tasks.length));
  if (!script || jobs === 1) {
    for (const [i, task] of tasks.entries()) {
      outcomes[i] = await auditRevision(task);
      opts.onDone?.(i, outcomes[i]);
    }
    return { outcomes, parallel: 1 };
  }
  noteWorkersUsed();
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(script);
      let current = -1;
      const send = () => {
        if (next >= tasks.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = next++;
        current = id;
        worker.postMessage({ id, task: tasks[id] });
      };
      worker.on('message', (msg: { id: number; outcome: RevisionOutcome }) => {
        outcomes[msg.id] = msg.outcome;
        opts.onDone?.(msg.id, msg.outcome);
        send();
      });
      // A worker that dies fails its revision only; the other workers take the rest.
      worker.on('error', (e) => {
        if (current >= 0 && !outcomes[current]) outcomes[current] = { ok: false, error: `worker failed: ${e.message}`, ms: 0 };
        resolve();
      });
      // An exit without an error (the engine calling process.exit) must not leave the pool waiting.
      worker.on('exit', (code) => {
        if (current >= 0 && !outcomes[current]) outcomes[current] = { ok: false, error: `worker exited (status ${code})`, ms: 0 };
        resolve();
      });
      send();
    });
  await Promise.all(Array.from({ length: jobs }, runWorker));
  for (let i = 0; i < tasks.length; i++) outcomes[i] ??= { ok: false, error: 'not audited: every worker stopped', ms: 0 };
  return { outcomes, parallel: jobs };
}
