// Work that is per file or per module and costly (parsing every C file for the correctness rules) runs on
// worker threads before the rules, and its results fill the same caches the rules read; what the workers do
// not deliver (a worker died, a small repository, running from sources) is computed in-process on demand.

import { availableParallelism } from 'node:os';
import { seedFileFacts } from '../../analysis/correctness/file-facts.js';
import { seedModuleCleanup } from '../../analysis/cleanup/module-analysis.js';
import type { CFile } from '../../model/c/types.js';
import type { KernelModule, RepoModel } from '../../model/types.js';
import { auditWorkerScript, WorkerPool } from './pool.js';

/**
 * Below this much C the workers' start-up (each loads the bundle and the parser) costs more than it saves.
 * LKM_PARALLEL_MIN_BYTES changes it (tests set 0 to run small fixtures through the workers).
 */
const MIN_PARALLEL_BYTES = Number(process.env.LKM_PARALLEL_MIN_BYTES ?? 2 * 1024 * 1024);
/** Batches of about this much text: few enough messages, small enough to keep both cores busy to the end. */
const BATCH_BYTES = 256 * 1024;

export function defaultJobs(): number {
  return availableParallelism();
}

/** Runs the parallel phases; returns how many workers were used (0: none, all in-process). */
export async function precomputeInWorkers(model: RepoModel, jobs = defaultJobs()): Promise<number> {
  const files = [...model.c.values()];
  const bytes = files.reduce((n, f) => n + f.code.length, 0);
  const script = auditWorkerScript();
  if (!script || jobs < 2 || bytes < MIN_PARALLEL_BYTES) return 0;
  const pool = new WorkerPool(script, jobs);
  try {
    // The costliest work first, so that no core is left alone with a large batch at the end.
    await Promise.all([cleanupInWorkers(pool, model), fileFactsInWorkers(pool, files)]);
  } finally {
    await pool.close();
  }
  return pool.size;
}

async function fileFactsInWorkers(pool: WorkerPool, files: CFile[]): Promise<void> {
  const batches: CFile[][] = [];
  let batch: CFile[] = [];
  let size = 0;
  for (const f of files) {
    batch.push(f);
    size += f.code.length;
    if (size >= BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) batches.push(batch);
  await Promise.all(
    batches.map(async (b) => {
      try {
        const out = await pool.run('file-facts', { files: b.map((f) => ({ text: f.text, code: f.code })) });
        for (const [i, facts] of out.entries()) if (facts) seedFileFacts(b[i], facts);
      } catch {
        // left to the rules, which compute what is missing in-process
      }
    }),
  );
}

/** Modules in batches of about BATCH_BYTES of C, each batch with the texts of every file its modules read. */
async function cleanupInWorkers(pool: WorkerPool, model: RepoModel): Promise<void> {
  const sizeOf = (m: KernelModule) => [...m.sources, ...m.headers].reduce((n, p) => n + (model.c.get(p)?.text.length ?? 0), 0);
  const batches: KernelModule[][] = [];
  let batch: KernelModule[] = [];
  let size = 0;
  for (const m of model.modules) {
    batch.push(m);
    size += sizeOf(m);
    if (size >= BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) batches.push(batch);
  await Promise.all(
    batches.map(async (b) => {
      const paths = new Set(b.flatMap((m) => [...m.sources, ...m.headers]));
      const files = [...paths].flatMap((p) => {
        const f = model.c.get(p);
        return f ? [{ path: p, text: f.text }] : [];
      });
      try {
        const out = await pool.run('cleanup', { modules: b, files });
        for (const [i, analysis] of out.entries()) seedModuleCleanup(b[i], analysis);
      } catch (e) {
        if (process.env.LKM_DEBUG_POOL) console.error('cleanup batch failed:', (e as Error).message);
        // left to the rules, which analyse what is missing in-process
      }
    }),
  );
}
