// Reading a repository's history without trusting it. Git runs only against a "shadow" repository that this tool
// creates in a temporary folder: its config is git's default (so nothing the audited repository's config says, an
// include.path, an fsmonitor, a pager, a filter, is ever honoured) and it borrows the audited repository's objects
// through `objects/info/alternates`. The audited repository's work tree and index are never touched.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const GIT_SAFE_ARGS = ['--no-pager', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

/** The environment git runs in: no system or user config, no pager, no prompt, nothing inherited that redirects it. */
export function safeGitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!k.startsWith('GIT_')) env[k] = v;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
  };
}

export function git(cwd: string, args: string[], input?: Buffer): Buffer {
  return execFileSync('git', [...GIT_SAFE_ARGS, ...args], {
    cwd,
    input,
    env: safeGitEnv(),
    stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
    timeout: 300_000,
  });
}

export class HistoryError extends Error {}

export interface RepoLocation {
  /** The folder holding objects, refs and packed-refs (a linked work tree's common dir). */
  commonDir: string;
  /** The git dir whose HEAD names the checked-out commit. */
  gitDir: string;
  /** The audited folder relative to the work tree's top ('' at the top), `/` separated. */
  prefix: string;
}

/** Finds the git directory above `start` by reading files only (no git runs against the audited repository). */
export function locateRepository(start: string): RepoLocation {
  let dir = path.resolve(start);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new HistoryError(`${start}: no such folder`);
  const top = dir;
  for (;;) {
    const dotGit = path.join(dir, '.git');
    if (existsSync(dotGit)) {
      let gitDir = dotGit;
      if (statSync(dotGit).isFile()) {
        const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
        if (!m) throw new HistoryError(`${dotGit}: not a gitdir file`);
        gitDir = path.resolve(dir, m[1].trim());
      }
      const commonFile = path.join(gitDir, 'commondir');
      const commonDir = existsSync(commonFile) ? path.resolve(gitDir, readFileSync(commonFile, 'utf8').trim()) : gitDir;
      if (existsSync(path.join(commonDir, 'reftable')))
        throw new HistoryError(`${commonDir}: reftable repositories are not supported by history (use a files-backend clone)`);
      const prefix = path.relative(dir, top).split(path.sep).join('/');
      return { commonDir, gitDir, prefix };
    }
    const up = path.dirname(dir);
    if (up === dir) throw new HistoryError(`${start}: not inside a git repository`);
    dir = up;
  }
}

/** HEAD's commit, read from HEAD, loose refs and packed-refs. */
export function readHead(loc: RepoLocation): string {
  let ref = readFileSync(path.join(loc.gitDir, 'HEAD'), 'utf8').trim();
  for (let depth = 0; depth < 5; depth++) {
    if (/^[0-9a-f]{40,64}$/.test(ref)) return ref;
    const m = /^ref:\s*(refs\/\S+)$/.exec(ref);
    if (!m || m[1].includes('..')) break;
    const name = m[1];
    const loose = [path.join(loc.gitDir, name), path.join(loc.commonDir, name)].find((p) => existsSync(p));
    if (loose) {
      ref = readFileSync(loose, 'utf8').trim();
      continue;
    }
    const packed = path.join(loc.commonDir, 'packed-refs');
    const line = existsSync(packed)
      ? readFileSync(packed, 'utf8')
          .split('\n')
          .find((l) => l.endsWith(` ${name}`))
      : undefined;
    if (line) return line.split(' ')[0];
    throw new HistoryError(`HEAD names ${name}, which has no commit yet`);
  }
  throw new HistoryError(`cannot read HEAD in ${loc.gitDir}`);
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
    const shallow = path.join(loc.commonDir, 'shallow');
    const isShallow = existsSync(shallow);
    if (isShallow) writeFileSync(path.join(shadow, 'shallow'), readFileSync(shallow));
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
