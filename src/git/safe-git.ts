// Runs git on a repository without letting that repository configure git. git reads `.git/config` before
// anything else, and a hostile one can run programs (core.fsmonitor, filters, pagers), read files outside the
// repository (include.path) or move the work tree (core.worktree). So git is pointed at a private, empty git
// folder of ours (GIT_DIR) that borrows only the repository's objects and index: the repository's config is
// never opened, and neither are the system and user configs. Only plumbing runs (ls-files, ls-tree, cat-file,
// rev-list): nothing that checks files out, filters them or fetches.

import { childProcess } from '../engine/builtins.js';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { type GitRepo, readSmall, resolveHead } from './repo.js';

/** Settings on the command line win over every config file: belt and braces beside the private GIT_DIR. */
const SAFE_ARGS = [
  '--no-pager',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.untrackedCache=false',
  '-c',
  'gc.auto=0',
  '-c',
  'maintenance.auto=false',
  '-c',
  'protocol.allow=never',
];

/** The environment git gets: none of the caller's GIT_* variables, no system or user config, no prompts. */
export function safeGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  Object.assign(env, {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    LANG: 'C',
    LC_ALL: 'C',
    ...extra,
  });
  return env;
}

export interface GitRunOptions {
  input?: Buffer;
  cwd?: string;
  timeoutMs?: number;
  maxBuffer?: number;
}

/** Run git in a folder of our own making (a temporary repository we created): same hardened environment. */
export function gitInOwnFolder(dir: string, args: string[], opts: GitRunOptions = {}): Buffer {
  return childProcess().execFileSync('git', [...SAFE_ARGS, ...args], {
    cwd: dir,
    env: safeGitEnv(),
    input: opts.input,
    stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'ignore'],
    maxBuffer: opts.maxBuffer ?? 256 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 60_000,
  });
}

const shadows = new Map<string, string>();
/** Hooked once: the map empties and fills again in a process that audits many work trees (history). */
let hooked = false;

/** The list of a shallow clone's boundary commits: one line each, so this holds hundreds of thousands. */
export const SHALLOW_MAX = 32 * 1024 * 1024;

/** Run git plumbing on `repo` through a private git folder; the repository's own config is never read. */
export function gitOnRepo(repo: GitRepo, args: string[], opts: GitRunOptions = {}): Buffer {
  const shadow = shadowFor(repo);
  return childProcess().execFileSync('git', [...SAFE_ARGS, ...args], {
    cwd: opts.cwd ?? repo.workTree,
    env: safeGitEnv({
      GIT_DIR: shadow,
      GIT_WORK_TREE: repo.workTree,
      GIT_OBJECT_DIRECTORY: path.join(repo.commonDir, 'objects'),
      GIT_INDEX_FILE: path.join(repo.gitDir, 'index'),
    }),
    input: opts.input,
    stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'ignore'],
    maxBuffer: opts.maxBuffer ?? 1024 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 120_000,
  });
}

/**
 * The private git folder for `repo`: a config we write (with the repository's object format), HEAD as
 * the commit the repository's HEAD names, the shallow list, and links to a split index's shared parts.
 */
function shadowFor(repo: GitRepo): string {
  const known = shadows.get(repo.gitDir);
  if (known) return known;
  // hooked before the folder exists: a signal then waits for this synchronous code, which records the folder
  if (!hooked) hookCleanup();
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-audit-git-'));
  shadows.set(repo.gitDir, dir);
  mkdirSync(path.join(dir, 'refs'));
  mkdirSync(path.join(dir, 'objects'));
  // The object format shows in the length of HEAD's id: the repository's config is not even opened for it.
  const head = resolveHead(repo);
  const sha256 = head?.length === 64;
  writeFileSync(
    path.join(dir, 'config'),
    sha256
      ? '[core]\n\trepositoryformatversion = 1\n\tbare = false\n[extensions]\n\tobjectformat = sha256\n'
      : '[core]\n\trepositoryformatversion = 0\n\tbare = false\n',
  );
  writeFileSync(path.join(dir, 'HEAD'), `${head ?? 'ref: refs/heads/unborn'}\n`);
  const shallow = readSmall(path.join(repo.commonDir, 'shallow'), SHALLOW_MAX);
  if (shallow !== undefined) writeFileSync(path.join(dir, 'shallow'), shallow);
  try {
    for (const name of readdirSync(repo.gitDir))
      if (/^sharedindex\.[0-9a-f]+$/.test(name)) symlinkSync(path.join(repo.gitDir, name), path.join(dir, name));
  } catch {
    // No split index: nothing to link.
  }
  return dir;
}

/**
 * Removes the private git folders made for repositories under `dir` (a temporary work tree about to be deleted): a
 * process that audits many of them (history, one per revision, in threads that end without exit handlers) would
 * otherwise leave one in the temporary folder for each.
 */
export function releaseShadowsUnder(dir: string): void {
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  for (const [gitDir, shadow] of shadows) {
    if (gitDir !== dir && !gitDir.startsWith(prefix)) continue;
    rmSync(shadow, { recursive: true, force: true });
    shadows.delete(gitDir);
  }
}

/** Signals that end a run from outside: Ctrl-C, a cancelled CI job (SIGINT then SIGTERM), a closed terminal. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The shadows go when the process exits, and when a signal stops it: Node runs no exit handler then. The signal is
 * raised again once they are removed, so the process still ends as that signal ends it (status 130 for Ctrl-C).
 * Worker threads get no signals; their shadows go with the work tree they were made for (releaseShadowsUnder).
 */
function hookCleanup(): void {
  hooked = true;
  if (isMainThread) {
    const onSignal = (signal: NodeJS.Signals) => {
      removeShadows();
      for (const s of STOP_SIGNALS) process.removeListener(s, onSignal);
      process.kill(process.pid, signal);
    };
    for (const s of STOP_SIGNALS) process.once(s, onSignal);
  }
  process.once('exit', removeShadows);
}

function removeShadows(): void {
  for (const dir of shadows.values()) rmSync(dir, { recursive: true, force: true });
  shadows.clear();
}
