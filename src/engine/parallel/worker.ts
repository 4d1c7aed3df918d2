// Worker-thread entry (bundled as dist/audit-worker.js): loads the C parser once, then runs the batches the
// pool sends, one at a time.

import { parentPort, workerData } from 'node:worker_threads';
import { loadCParser } from '../../model/c/syntax/loader.js';
import { CLAIMED_BY_WORKER, claim } from './claims.js';
import { handlers, type TaskKind } from './tasks.js';

const ready = loadCParser();
/** The pool's claim slots: a batch the main thread took back while it waited here is skipped. */
const claims: Int32Array | undefined = workerData?.claims ? new Int32Array(workerData.claims as SharedArrayBuffer) : undefined;

parentPort?.on('message', async (msg: { id: number; kind: TaskKind; input: never }) => {
  try {
    await ready;
    if (claims && !claim(claims, msg.id, CLAIMED_BY_WORKER)) {
      parentPort?.postMessage({ id: msg.id, skipped: true });
      return;
    }
    const t0 = performance.now();
    const output = handlers[msg.kind](msg.input);
    // The line goes with the answer, printed by the main thread: a worker's own stderr is piped through the main
    // thread and what it still held when the pool stopped the worker was lost (most of the cleanup batches' lines).
    const log = process.env.LKM_DEBUG_POOL
      ? `${msg.kind} #${msg.id}: ${Math.round(performance.now() - t0)} ms, ended at ${Date.now()}`
      : undefined;
    parentPort?.postMessage({ id: msg.id, output, log });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: (e as Error).message });
  }
});
