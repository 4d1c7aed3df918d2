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

interface Pending {
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
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
      this.idle.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run<K extends TaskKind>(kind: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.queue.push({ id, kind, input });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const all = this.workers.splice(0);
    this.idle.length = 0;
    for (const w of all) w.removeAllListeners('exit');
    await Promise.all(all.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const task = this.queue.shift() as { id: number; kind: TaskKind; input: unknown };
      this.busy.set(w, task.id);
      w.postMessage(task);
    }
  }

  private done(w: Worker, msg: { id: number; output?: unknown; error?: string }): void {
    const p = this.pending.get(msg.id);
    this.pending.delete(msg.id);
    this.busy.delete(w);
    this.idle.push(w);
    if (p) {
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(msg.output);
    }
    this.pump();
  }

  private fail(w: Worker, e: Error): void {
    if (!this.workers.includes(w)) return;
    this.broken ??= e;
    const id = this.busy.get(w);
    if (id !== undefined) {
      this.pending.get(id)?.reject(e);
      this.pending.delete(id);
    }
    for (const t of this.queue.splice(0)) {
      this.pending.get(t.id)?.reject(e);
      this.pending.delete(t.id);
    }
  }
}
