// Runs the CLI's bundle (dist/cli-main.cjs, 1.35 MB) through V8's code cache: compiling the bundle and the functions a
// run calls is about a tenth of auditing a typical repository, and a commit hook runs the CLI again and again.
// Node 20 has no compile cache of its own (module.enableCompileCache is Node 22), so the launcher does what it does:
// compile the bundle as a script with the cached data of an earlier run, and leave fresh data for the next one.
//
// The cache is the user's own: a folder only they can write (checked before use, as a cache others can write is
// code they can make us run), named by a hash of the bundle, so an upgrade never meets an older cache. Set
// LKM_AUDIT_NO_CODE_CACHE=1 to run without it.

import { isAscii } from 'node:buffer';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crypto } from '../engine/builtins.js';
import { workersUsed } from '../engine/workers-used.js';
import { homedir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';

/**
 * Before the V8 data: how long the run that wrote it lasted (ms, float64), so that a longer run may refresh it, and
 * whether that run handed work to worker threads (float64, 1 or 0).
 */
const HEADER_BYTES = 16;

/** What the header says of the run that wrote a cache. */
export interface CachedRun {
  lasted: number;
  workers: boolean;
}

export interface CacheUse {
  /** The cache file, when caching is possible here. */
  file?: string;
  /** An earlier run's data was given to V8 and accepted. */
  accepted: boolean;
}

/** What the build knows of the bundle: a hash of its bytes. Given, the bundle is ASCII too (the build checks it). */
export interface BuiltBundle {
  hash: string;
}

/**
 * Loads and runs the CommonJS bundle at `file` as Node would, through the code cache when it can. `built` comes
 * from the build (dist/cli.js): hashing and checking 2 MB at every start took about 5 ms of a 0.25 s `--version`.
 */
export function runWithCodeCache(file: string, env: NodeJS.ProcessEnv = process.env, built?: BuiltBundle): CacheUse {
  const bytes = readFileSync(file);
  // The build writes the bundle in ASCII: read as Latin-1 it is the same text, without decoding 2 MB of UTF-8.
  const source = bytes.toString(built || isAscii(bytes) ? 'latin1' : 'utf8');
  const cacheFile = cacheFileFor(built?.hash ?? hashOf(bytes), env);
  const cached = cacheFile ? readCache(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: cached?.data,
  });
  const accepted = cached !== undefined && !script.cachedDataRejected;
  if (cacheFile) {
    const started = performance.now();
    process.once('exit', () => {
      const run = { lasted: performance.now() - started, workers: workersUsed() };
      if (cacheWanted(accepted ? cached : undefined, run)) writeCache(cacheFile, script.createCachedData(), run, env);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return { file: cacheFile, accepted };
}

/**
 * Whether a run leaves its compiled code for the next ones, given what wrote the cache it used (undefined: none was
 * used). A run that lasted longer than that one called more of the bundle, so its data covers more; but the code of
 * work done in worker threads is compiled in the workers, not in the main thread the cache is taken from, so a
 * run with workers (a large tree, `history`) never replaces a one-thread run's cache, and a one-thread run always
 * replaces a run with workers' (with such a cache, a typical audit took 0.50 s instead of 0.45).
 */
export function cacheWanted(cached: CachedRun | undefined, run: CachedRun): boolean {
  if (!cached) return true;
  if (cached.workers !== run.workers) return !run.workers;
  return run.lasted > cached.lasted * 1.5;
}

/** The folder of the user's caches: LKM_AUDIT_CACHE_DIR, else $XDG_CACHE_HOME/lkm-audit, else ~/.cache/lkm-audit. */
function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.LKM_AUDIT_CACHE_DIR) return env.LKM_AUDIT_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (homedir() ? path.join(homedir(), '.cache') : '');
  return base ? path.join(base, 'lkm-audit') : undefined;
}

/** Without the build's hash (a run from the sources): node:crypto is loaded only then. */
function hashOf(bundle: Buffer): string {
  return crypto().createHash('sha256').update(bundle).digest('hex').slice(0, 24);
}

function cacheFileFor(bundleHash: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.LKM_AUDIT_NO_CODE_CACHE) return undefined;
  const dir = cacheDir(env);
  if (!dir || !ownPrivateDir(dir)) return undefined;
  // V8 checks its own version and flags, but not the source's content: the name carries a hash of it, and Node's.
  // And of Node's options: V8 refuses data made under other flags, so a small audit started with --liftoff-only
  // (launcher/baseline-parser.ts) and a larger one without it keep a cache each instead of replacing each other's.
  const node = `${process.version}-${process.arch}`.replace(/[^\w.-]/g, '_');
  const options = process.execArgv.length ? `-${fnv1a(process.execArgv.join(' '))}` : '';
  return path.join(dir, `cli-${bundleHash}-${node}${options}.v8cache`);
}

/** A short hash of a string (32-bit FNV-1a, hexadecimal): loading node:crypto for it cost more than it hashes. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The folder exists (made if missing) as a directory of this user that nobody else can write. */
function ownPrivateDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function readCache(file: string): (CachedRun & { data: Buffer }) | undefined {
  try {
    const st = lstatSync(file);
    if (!st.isFile() || (process.getuid && st.uid !== process.getuid())) return undefined;
    const buf = readFileSync(file);
    if (buf.length <= HEADER_BYTES) return undefined;
    return { lasted: buf.readDoubleLE(0), workers: buf.readDoubleLE(8) === 1, data: buf.subarray(HEADER_BYTES) };
  } catch {
    return undefined;
  }
}

const CACHE_NAME = /^cli-[0-9a-f]+(-[\w.-]+)?\.v8cache$/;
/**
 * Caches of other builds kept beside a build's own, the most recently written: two versions used in turn (one
 * installed globally, one a project's) each keep theirs, where removing every other cache made each run of one
 * compile from nothing (about 0.12 s more on a typical repository); older builds' go once three newer ones exist.
 */
const OTHER_BUILDS_KEPT = 3;

/** Written whole or not at all (a temporary file renamed), and the caches of older builds removed. */
function writeCache(file: string, data: Buffer, run: CachedRun, env: NodeJS.ProcessEnv): void {
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeDoubleLE(run.lasted, 0);
    header.writeDoubleLE(run.workers ? 1 : 0, 8);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([header, data]), { mode: 0o600 });
    renameSync(tmp, file);
    const dir = path.dirname(file);
    const others = readdirSync(dir)
      .filter((name) => CACHE_NAME.test(name) && path.join(dir, name) !== file)
      .map((name) => ({ file: path.join(dir, name), written: lstatSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.written - a.written);
    for (const old of others.slice(OTHER_BUILDS_KEPT)) rmSync(old.file, { force: true });
  } catch (e) {
    // A cache is an optimisation: never a reason to fail, but say why when asked.
    if (env.LKM_DEBUG_CODE_CACHE) process.stderr.write(`code cache not written: ${(e as Error).message}\n`);
  }
}
