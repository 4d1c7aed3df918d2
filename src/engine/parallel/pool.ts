// A pool of worker threads running the bundled dist/audit-worker.js, kept for the whole audit so that each worker
// loads the C parser once. Work goes out as batches and comes back in the order it was given, whichever worker
// finished first, so a parallel run reports exactly what a single-threaded one does.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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

export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** Batches sent to each worker and not yet answered (a worker answers in the order it was sent them). */
  private readonly inflight = new Map<Worker, number[]>();
  private readonly pending = new Map<number, Pending>();
  private readonly queue: { id: number; kind: TaskKind; input: unknown }[] = [];
  private nextId = 0;
  private broken?: Error;

  constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      w.on('message', (msg: { id: number; output?: unknown; error?: string }) => this.done(w, msg));
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
  takeQueued(kind?: TaskKind): { id: number; kind: TaskKind; input: unknown } | undefined {
    if (kind !== undefined && this.queue[0]?.kind !== kind) return undefined;
    return this.queue.shift();
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

  private send(w: Worker, task: { id: number; kind: TaskKind; input: unknown }): void {
    this.inflight.get(w)?.push(task.id);
    w.postMessage(task);
  }

  private pump(): void {
    for (const w of this.workers) {
      while (this.queue.length > 0 && (this.inflight.get(w)?.length ?? 0) < IN_FLIGHT) {
        this.send(w, this.queue.shift() as { id: number; kind: TaskKind; input: unknown });
      }
    }
  }

  private done(w: Worker, msg: { id: number; output?: unknown; error?: string }): void {
    const held = this.inflight.get(w);
    held?.splice(held.indexOf(msg.id), 1);
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
    const rejectAll = (ids: number[]) => {
      for (const id of ids) {
        this.pending.get(id)?.reject(e);
        this.pending.delete(id);
      }
    };
    rejectAll(this.inflight.get(w)?.splice(0) ?? []);
    rejectAll(this.queue.splice(0).map((t) => t.id));
  }
}
