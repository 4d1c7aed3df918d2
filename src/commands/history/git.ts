// Reading a repository's history without trusting it. Git runs only against a "shadow" repository that this tool
// creates in a temporary folder: its config is git's default (so nothing the audited repository's config says, an
// include.path, an fsmonitor, a pager, a filter, is ever honoured) and it borrows the audited repository's objects
// through `objects/info/alternates`. The audited repository's work tree and index are never touched.

import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { discoverRepo, type GitRepo, readSmall, resolveHead } from '../../git/repo.js';
import { gitInOwnFolder, SHALLOW_MAX } from '../../git/safe-git.js';

/** git in a folder of ours (the shadow, a revision's export), with the hardened environment of src/git. */
export function git(cwd: string, args: string[], input?: Buffer): Buffer {
  return gitInOwnFolder(cwd, args, { input, maxBuffer: 1024 * 1024 * 1024, timeoutMs: 300_000 });
}

export class HistoryError extends Error {}

export type RepoLocation = GitRepo;

/** Finds the git folders above `start` by reading files only (no git runs against the audited repository). */
export function locateRepository(start: string): RepoLocation {
  if (!existsSync(start) || !statSync(start).isDirectory()) throw new HistoryError(`${start}: no such folder`);
  const repo = discoverRepo(start);
  if (!repo) throw new HistoryError(`${start}: not inside a git repository`);
  if (existsSync(path.join(repo.commonDir, 'reftable')))
    throw new HistoryError(`${repo.commonDir}: reftable repositories are not supported by history (use a files-backend clone)`);
  return repo;
}

/** HEAD's commit, read from HEAD, loose refs and packed-refs. */
export function readHead(loc: RepoLocation): string {
  const head = resolveHead(loc);
  if (head) return head;
  const ref = /^ref:\s*(refs\/\S+)/.exec(readSmall(path.join(loc.gitDir, 'HEAD')) ?? '')?.[1];
  throw new HistoryError(ref ? `HEAD names ${ref}, which has no commit yet` : `cannot read HEAD in ${loc.gitDir}`);
}

export interface Shadow {
  dir: string;
  /** The audited repository is a shallow clone: older commits are not there. */
  shallow: boolean;
  dispose(): void;
}

/** A bare repository of our own whose objects are the audited repository's. */
export function createShadow(loc: RepoLocation): Shadow {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-audit-history-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    git(dir, ['init', '-q', '--bare', '--template=', 'shadow.git']);
    const shadow = path.join(dir, 'shadow.git');
    writeFileSync(path.join(shadow, 'objects/info/alternates'), `${path.join(loc.commonDir, 'objects')}\n`, { flag: 'w' });
    // A shallow clone (actions/checkout's default) lists the commits whose parents are missing.
    const shallow = readSmall(path.join(loc.commonDir, 'shallow'), SHALLOW_MAX);
    const isShallow = shallow !== undefined;
    if (isShallow) writeFileSync(path.join(shadow, 'shallow'), shallow);
    return { dir: shadow, shallow: isShallow, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}

export interface Commit {
  sha: string;
  /** Committer date, ISO 8601. */
  date: string;
  subject: string;
}

/** First-parent commits from `head` back, newest first; `since` limits them by committer date. */
export function firstParentCommits(shadow: string, head: string, since?: string): Commit[] {
  const args = ['log', '--first-parent', '--no-show-signature', '--no-decorate', '--format=%H%x1f%cI%x1f%s%x1e'];
  if (since) args.push(`--since=${since}`);
  args.push(head, '--');
  return git(shadow, args)
    .toString('utf8')
    .split('\x1e')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((rec) => {
      const [sha, date, subject] = rec.split('\x1f');
      return { sha, date, subject: subject ?? '' };
    });
}

/** `count` commits spread evenly over `commits` (newest first in, oldest first out), keeping both ends. */
export function sampleEvenly<T>(commits: readonly T[], count: number): T[] {
  if (commits.length <= count) return [...commits].reverse();
  if (count <= 1) return [commits[0]];
  const picked: T[] = [];
  for (let i = count - 1; i >= 0; i--) picked.push(commits[Math.round((i * (commits.length - 1)) / (count - 1))]);
  return picked;
}
