// A pool of worker threads running the bundled dist/audit-worker.js, kept for the whole audit so that each worker
// loads the C parser once. Work goes out as batches and comes back in the order it was given, whichever worker
// finished first, so a parallel run reports exactly what a single-threaded one does.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { noteWorkersUsed } from '../workers-used.js';
import { CLAIM_SLOTS, CLAIMED_BY_MAIN, claim } from './claims.js';
import type { TaskKind, TaskInput, TaskOutput } from './tasks.js';

/** The worker bundle beside the running bundle; undefined when running from sources (vitest), which stays in-process. */
export function auditWorkerScript(): string | undefined {
  const file = fileURLToPath(new URL('./audit-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/**
 * Batches each worker holds at once: the next one waits in its queue while it works, so it never sits idle until
 * the main thread, busy with a batch of its own (about 0.1 s), gets round to giving it one. With one at a time the
 * worker was busy half the time on drivers/.
 */
const IN_FLIGHT = 2;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
}

/** A worker's answer to a batch; `log` (with LKM_DEBUG_POOL) is its timing line, printed here. */
interface WorkerAnswer {
  id: number;
  output?: unknown;
  error?: string;
  skipped?: boolean;
  log?: string;
}

interface Task {
  id: number;
  kind: TaskKind;
  input: unknown;
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** Batches sent to each worker and not yet answered (a worker answers in the order it was sent them). */
  private readonly inflight = new Map<Worker, Task[]>();
  private readonly pending = new Map<number, Pending>();
  private readonly queue: Task[] = [];
  private readonly claims = new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
  private nextId = 0;
  private broken?: Error;
  /** Batches the main thread took back from a worker's queue, and those the workers then skipped. */
  taken = 0;
  skipped = 0;

  constructor(script: string, size: number) {
    if (size > 0) noteWorkersUsed();
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData: { claims: this.claims.buffer } });
      w.on('message', (msg: WorkerAnswer) => this.done(w, msg));
      // A worker that dies fails what it held and every later batch: the caller computes those itself.
      w.on('error', (e) => this.fail(w, e));
      w.on('exit', (code) => this.fail(w, new Error(`audit worker exited (status ${code})`)));
      this.workers.push(w);
      this.inflight.set(w, []);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Batches given to the pool so far (their ids are 0 to this, less one). */
  get batchCount(): number {
    return this.nextId;
  }

  /** Why the pool stopped taking work (a worker failed or exited), if it did. */
  get failure(): Error | undefined {
    return this.broken;
  }

  /**
   * Runs a batch on the first free worker. `now` sends it at once to the least loaded worker, free or not: work
   * given before a long synchronous stretch of the main thread (building the model), when nothing could hand out
   * batches as workers free up.
   */
  run<K extends TaskKind>(kind: K, input: TaskInput<K>, now = false): Promise<TaskOutput<K>> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      if (now) {
        this.send(this.leastLoaded(), { id, kind, input });
        return;
      }
      this.queue.push({ id, kind, input });
      this.pump();
    });
  }

  /** Sends this share of the queued batches (the oldest) to the workers at once, each to the least loaded. */
  handOut(share: number): void {
    if (this.broken || this.workers.length === 0) return;
    for (const task of this.queue.splice(0, Math.ceil(this.queue.length * share))) this.send(this.leastLoaded(), task);
  }

  /**
   * The oldest batch no worker has been given (when it is of `kind`, if given), taken out for the calling thread to
   * do itself (the main thread, between its own work, is one more core); settle it with `settle`.
   */
  takeQueued(kind?: TaskKind): Task | undefined {
    if (kind !== undefined && this.queue[0]?.kind !== kind) return undefined;
    return this.queue.shift();
  }

  /**
   * A batch (of `kind`, if given) sent to a worker that has not started it, taken back for the calling thread to do
   * itself; settle it with `settle`. With nothing left queued, the main thread would otherwise wait while the batch a
   * worker holds next sits in its queue (net/wireless: the last 1.3 s of 10 idle). The newest first: the least likely
   * to have been started. The shared claim decides who does it, never both.
   */
  takeWaiting(kind?: TaskKind): Task | undefined {
    for (const held of this.inflight.values()) {
      for (let i = held.length - 1; i >= 0; i--) {
        const task = held[i];
        if ((kind !== undefined && task.kind !== kind) || task.id >= CLAIM_SLOTS) continue;
        if (!claim(this.claims, task.id, CLAIMED_BY_MAIN)) continue;
        held.splice(i, 1);
        this.taken++;
        return task;
      }
    }
    return undefined;
  }

  settle(id: number, result: { output: unknown } | { error: Error }): void {
    const p = this.pending.get(id);
    this.pending.delete(id);
    if (!p) return;
    if ('error' in result) p.reject(result.error);
    else p.resolve(result.output);
  }

  async close(): Promise<void> {
    const all = this.workers.splice(0);
    for (const w of all) w.removeAllListeners('exit');
    await Promise.all(all.map((w) => w.terminate()));
  }

  private leastLoaded(): Worker {
    return this.workers.reduce((a, b) => ((this.inflight.get(b)?.length ?? 0) < (this.inflight.get(a)?.length ?? 0) ? b : a));
  }

  private send(w: Worker, task: Task): void {
    this.inflight.get(w)?.push(task);
    w.postMessage(task);
  }

  private pump(): void {
    for (const w of this.workers) {
      while (this.queue.length > 0 && (this.inflight.get(w)?.length ?? 0) < IN_FLIGHT) {
        this.send(w, this.queue.shift() as Task);
      }
    }
  }

  private done(w: Worker, msg: WorkerAnswer): void {
    if (msg.log) console.error(msg.log);
    const held = this.inflight.get(w);
    const at = held?.findIndex((t) => t.id === msg.id) ?? -1;
    if (at >= 0) held?.splice(at, 1);
    // a batch the main thread took back: it settles it itself
    if (msg.skipped) {
      this.skipped++;
      this.pump();
      return;
    }
    const p = this.pending.get(msg.id);
    this.pending.delete(msg.id);
    if (p) {
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(msg.output);
    }
    this.pump();
  }

  private fail(w: Worker, e: Error): void {
    if (!this.workers.includes(w)) return;
    this.broken ??= e;
    const rejectAll = (tasks: Task[]) => {
      for (const { id } of tasks) {
        this.pending.get(id)?.reject(e);
        this.pending.delete(id);
      }
    };
    rejectAll(this.inflight.get(w)?.splice(0) ?? []);
    rejectAll(this.queue.splice(0));
  }
}
