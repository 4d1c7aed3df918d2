// Work that is per file or per module and costly runs on worker threads, and its results fill the same caches the
// rules read: every C file is parsed for the correctness rules while the main thread builds the model, then each
// module's cleanup analysis runs. What the workers do not deliver (a worker died, a small repository, running from
// sources) is computed in-process on demand, so a parallel run reports exactly what a single-threaded one does.

import { availableParallelism } from 'node:os';
import { addTiming } from '../timing.js';
import { type FileFacts, fileFacts, seedFileFacts } from '../../analysis/correctness/file-facts.js';
import { analyseModule, seedModuleCleanup } from '../../analysis/cleanup/module-analysis.js';
import { cleanupFacts } from '../../analysis/cleanup/source.js';
import { isCPath } from '../../model/classify.js';
import type { KernelModule, RepoModel } from '../../model/types.js';
import type { FileIdentity } from '../../scan/read-file.js';
import type { RepoFiles, ScannedFile } from '../../scan/types.js';
import { auditWorkerScript, WorkerPool } from './pool.js';
import type { BatchFile, TaskInput, TaskKind } from './tasks.js';

/**
 * Below this much C the workers' start-up (each loads the bundle and the parser) costs more than it saves.
 * LKM_PARALLEL_MIN_BYTES changes it (tests set 0 to run small fixtures through the workers).
 */
const MIN_PARALLEL_BYTES = Number(process.env.LKM_PARALLEL_MIN_BYTES ?? 2 * 1024 * 1024);
/**
 * The main thread, with nothing left queued, takes back batches waiting in a worker's queue (see takeWaiting).
 * LKM_PARALLEL_TAKE_BACK=0 leaves them to the workers (the tests use it to have the workers run every batch).
 */
const TAKE_BACK = process.env.LKM_PARALLEL_TAKE_BACK !== '0';
/** Batches of about this much text: few enough messages, small enough to keep both cores busy to the end. */
const BATCH_BYTES = 256 * 1024;

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Text posted to workers before the model is built, at most: their queues hold a copy of it until parsed. On the
 * whole of drivers/ (530 MB) all of it is posted: the worker parses through the model (60 s) instead of running out of
 * batches half-way (with half of it, round 13: idle for the last 25 s of the model, which left 8 s of parsing to the
 * main thread after it). The copies are parsed and dropped while the model is built: the peak stayed about the same
 * (4.45 -> 4.24 GB in one pair of runs, 4.06 -> 4.13 GB in another).
 */
const EARLY_BYTES = 1024 * 1024 * 1024;

/** The workers of one audit and the correctness facts they are computing for the scanned C files. */
export interface ParallelAudit {
  pool: WorkerPool;
  /** What the scan read: the workers read the C files again by it. */
  scan: RepoFiles;
  /** By path: the scanned file (its text is what the worker read again) and its facts. */
  facts: Map<string, { file: ScannedFile; facts: Promise<FileFacts | null | undefined> }>;
  /** The modules' cleanup analyses, once started (startCleanup). */
  cleanup?: Promise<void>;
}

/** A C file the workers can read again: the scan read it as a text, by itself (a link's second path has no identity). */
type FeedFile = ScannedFile & { identity: FileIdentity };

/**
 * Starts parsing the C files on worker threads while the scan reads them, so that the parsing runs while the main
 * thread scans and builds the model (on drivers/ the worker waited for the 5 s of the scan). The workers lex each file
 * as the model will (its masked code is what gets parsed); a file the model then leaves out costs a parse it did not
 * need. The pool starts once the scan has read enough C to pay for it (MIN_PARALLEL_BYTES); `scanned` gives the
 * workers what is left, and the audit's ParallelAudit, or undefined when there were too few bytes of C.
 */
export class ParallelScanFeed {
  private pool: WorkerPool | undefined;
  private readonly script: string | undefined;
  private readonly facts: ParallelAudit['facts'] = new Map();
  private root = '';
  private waiting: FeedFile[] = [];
  private waitingBytes = 0;
  private bytes = 0;
  private posted = 0;

  constructor(private readonly jobs = defaultJobs()) {
    this.script = jobs < 2 ? undefined : auditWorkerScript();
  }

  /** Each file the scan read, in its order, with the audited root (resolved). */
  read(file: ScannedFile, root: string): void {
    if (!this.script || file.binary || file.identity === undefined || !isCPath(file.path)) return;
    this.root = root;
    this.waiting.push(file as FeedFile);
    this.waitingBytes += file.size;
    this.bytes += file.size;
    if (this.pool ? this.waitingBytes >= BATCH_BYTES : this.bytes >= MIN_PARALLEL_BYTES) this.post();
  }

  /** The scan is over: the rest is given to the workers (the texts are all read now). */
  scanned(scan: RepoFiles): ParallelAudit | undefined {
    if (!this.script || this.bytes < MIN_PARALLEL_BYTES) return undefined;
    const during = this.pool?.batchCount ?? 0;
    this.post();
    if (process.env.LKM_DEBUG_POOL) console.error(`main: ${during} of ${this.pool?.batchCount} fact batches posted while the scan read`);
    return this.pool && { pool: this.pool, scan, facts: this.facts };
  }

  /** Stops the workers (the scan failed). */
  async close(): Promise<void> {
    await this.pool?.close();
  }

  private post(): void {
    // The main thread is one of the cores: it helps with the batches once the model is built (one isolate less to
    // compile the bundle and the parser for, and to collect garbage in), taking back those still waiting.
    this.pool ??= new WorkerPool(this.script as string, this.jobs - 1);
    for (const batch of batchesOf(this.waiting, (f) => f.size)) {
      // given at once up to a budget: the main thread hands out nothing until the model is built
      const now = this.posted < EARLY_BYTES;
      this.posted += batch.reduce((n, f) => n + f.size, 0);
      const input = { root: this.root, files: batch.map((f) => ({ path: f.path, identity: f.identity })) };
      const out = this.pool.run('scanned-file-facts', input, now).catch(() => undefined);
      for (const [i, f] of batch.entries()) this.facts.set(f.path, { file: f, facts: out.then((o) => o?.[i]) });
    }
    this.waiting = [];
    this.waitingBytes = 0;
  }
}

/** The workers' part of an audit once the model is built: the modules' cleanup analyses and the facts' seeding. */
export interface FinishingParallel {
  pool: WorkerPool;
  /** Every file's correctness facts delivered (or given up on). */
  facts: Promise<unknown>;
  /** Files whose facts the pool still holds (none once they are seeded). */
  heldFacts: () => number;
  done: Promise<unknown>;
}

/**
 * Of the batches queued when the model is built, the share handed to the workers at once: the main thread runs the
 * rules that need nothing from them first (see audit), handing out a batch only between two rules, and on a large
 * tree those rules take about a tenth of the time the batches do.
 */
const HAND_OUT_SHARE = 0.25;

/**
 * After the model: starts each module's cleanup analysis on the workers and gives the rules the facts the workers
 * parsed for the model's files as they come. `finishParallel` then waits for all of it.
 */
export function startFinishing(parallel: ParallelAudit, model: RepoModel): FinishingParallel {
  const { pool } = parallel;
  const cleanup = parallel.cleanup ?? cleanupInWorkers(parallel, model);
  const seeded = [...model.c.values()].map(async (file) => {
    const mine = parallel.facts.get(file.path);
    // the same text the model lexed, so the same masked code was parsed
    if (!mine || mine.file.text !== file.text) return;
    const facts = await mine.facts;
    if (facts) seedFileFacts(file, facts);
  });
  // Seeded, the facts live in the rules' cache, dropped once those rules have run; the map's promises would hold every
  // file's facts (and the batches' answers) to the end of the audit.
  const facts = Promise.all(seeded).then(() => parallel.facts.clear());
  const done = Promise.all([cleanup, facts]);
  pool.handOut(HAND_OUT_SHARE);
  return { pool, facts, done, heldFacts: () => parallel.facts.size };
}

/**
 * Waits until every file's correctness facts are in, doing the queued fact batches here (they were queued before
 * the modules' cleanup analyses, so they come first), then hands a share of what is left (cleanup analyses) to the
 * workers: they go on with it while the main thread runs the correctness rules, which read only the facts.
 */
export async function awaitFacts(finishing: FinishingParallel | undefined, model: RepoModel): Promise<void> {
  if (!finishing) return;
  const { pool } = finishing;
  const started = performance.now();
  await helpLocally(pool, model, 'scanned-file-facts');
  await finishing.facts;
  addTiming('worker pool: waiting for the facts', performance.now() - started);
  if (process.env.LKM_DEBUG_POOL) console.error(`main: the facts of ${finishing.heldFacts()} files still held by the pool`);
  pool.handOut(HAND_OUT_SHARE);
}

/**
 * Waits for the workers' part, helping with what is still queued, and stops them. Anything not delivered is computed
 * in-process on demand.
 */
export async function finishParallel(finishing: FinishingParallel | undefined, model: RepoModel): Promise<void> {
  if (!finishing) return;
  const { pool, done } = finishing;
  try {
    const helping = performance.now();
    await helpLocally(pool, model);
    const waiting = performance.now();
    addTiming('worker pool: batches done here', waiting - helping);
    await done;
    addTiming('worker pool: waiting for the workers', performance.now() - waiting);
    if (process.env.LKM_DEBUG_POOL) {
      console.error(`main: took back ${pool.taken} batches from the workers' queues`);
      console.error(`main: ${pool.batchCount} batches in all`);
    }
    // Nothing is lost (the rest runs in this thread), but the user should know why the run took longer
    if (pool.failure)
      model.notes.push({ message: `a worker thread stopped (${pool.failure.message}); the rest of the work ran in the main thread` });
  } finally {
    await pool.close();
  }
}

/**
 * The main thread takes queued batches (of `kind`, if given) and does them itself until none is left, letting the
 * workers' answers in between batches (so that they are given their next ones). Same functions, same results: a module is analysed on
 * the model the rules read, a file's facts are read from the texts the batch carries.
 */
async function helpLocally(pool: WorkerPool, model: RepoModel, kind?: TaskKind): Promise<void> {
  const next = () => pool.takeQueued(kind) ?? (TAKE_BACK ? pool.takeWaiting(kind) : undefined);
  for (let task = next(); task; task = next()) {
    const started = performance.now();
    try {
      if (task.kind === 'cleanup') {
        const input = task.input as TaskInput<'cleanup'>;
        // taken here, the batch holds the model's own module objects (not clones)
        pool.settle(task.id, { output: input.modules.map((m) => analyseModule(model, m)) });
      } else {
        // taken here, the files are the model's, already lexed: what the rules would read on demand
        const input = task.input as TaskInput<'scanned-file-facts'>;
        pool.settle(task.id, { output: input.files.map((f) => factsOf(model, f.path)) });
      }
    } catch (e) {
      pool.settle(task.id, { error: e as Error });
    }
    addTiming(`worker pool: ${task.kind} batches done here`, performance.now() - started);
    // (not the workers' form of the line, which pool-balance counts as a worker's)
    if (process.env.LKM_DEBUG_POOL) console.error(`main did ${task.kind} #${task.id}: ${Math.round(performance.now() - started)} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A file's facts as a rule would read them (copied out of the parsed text, cached), or null for a file not in the model. */
function factsOf(model: RepoModel, path: string): FileFacts | null {
  const file = model.c.get(path);
  return file ? (fileFacts(file) ?? null) : null;
}

/** Consecutive items in batches of about BATCH_BYTES. */
function batchesOf<T>(items: T[], size: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    batch.push(item);
    bytes += size(item);
    if (bytes >= BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/**
 * Of the modules' cleanup analyses, the share of the C they read sent to the workers as soon as the modules are known,
 * while the main thread goes on with the model: on drivers/ the worker finished the facts about 14 s before the model
 * was built and waited; the rest is queued, handed out once the model is built.
 */
const EARLY_CLEANUP_SHARE = 0.25;

/**
 * Starts the modules' cleanup analyses on the workers while the model is being built (it needs only the C files and
 * the modules, which the model has found by then; see ModelOptions.onModules).
 */
export function startCleanup(parallel: ParallelAudit, found: Pick<RepoModel, 'c' | 'modules'>): void {
  parallel.cleanup ??= cleanupInWorkers(parallel, found, EARLY_CLEANUP_SHARE);
}

/**
 * Modules in batches of about BATCH_BYTES of C, each batch with the texts of every file its modules read. The
 * largest batches, up to `now` of the bytes, go to the workers at once (the main thread, building the model, hands
 * out nothing); the rest is queued.
 */
async function cleanupInWorkers(parallel: ParallelAudit, model: Pick<RepoModel, 'c' | 'modules'>, now = 0): Promise<void> {
  const { pool, scan } = parallel;
  const size = new Map(
    model.modules.map((m) => [m, [...m.sources, ...m.headers].reduce((n, p) => n + (model.c.get(p)?.text.length ?? 0), 0)]),
  );
  const bytesOf = (b: KernelModule[]) => b.reduce((n, m) => n + (size.get(m) ?? 0), 0);
  // Largest batches first: one big module (a GPU or NIC driver) started last would leave a core idle to the end.
  const batches = batchesOf(model.modules, (m) => size.get(m) ?? 0).sort((x, y) => bytesOf(y) - bytesOf(x));
  const early = now * batches.reduce((n, b) => n + bytesOf(b), 0);
  let posted = 0;
  let sent = 0;
  // each batch is given to the pool before its first await: `sent` is known when the map returns
  const all = Promise.all(
    batches.map(async (b) => {
      const atOnce = posted < early;
      posted += bytesOf(b);
      if (atOnce) sent++;
      const paths = new Set(b.flatMap((m) => [...m.sources, ...m.headers]));
      const files = [...paths].flatMap((p): BatchFile[] => {
        const f = model.c.get(p);
        if (!f) return [];
        // the text the model lexed, the one the scan read: then the worker reads the file again, else it is sent
        const scanned = scan.files.get(p);
        const facts = cleanupFacts(f);
        return [
          scanned?.identity && scanned.text === f.text ? { path: p, identity: scanned.identity, facts } : { path: p, text: f.text, facts },
        ];
      });
      try {
        const out = await pool.run('cleanup', { root: scan.root, modules: b, files }, atOnce);
        for (const [i, analysis] of out.entries()) seedModuleCleanup(b[i], analysis);
      } catch (e) {
        if (process.env.LKM_DEBUG_POOL) console.error('cleanup batch failed:', (e as Error).message);
        // left to the rules, which analyse what is missing in-process
      }
    }),
  );
  if (process.env.LKM_DEBUG_POOL && now > 0)
    console.error(`main: ${sent} of ${batches.length} cleanup batches posted while the model is built`);
  await all;
}
