// Finds a repository's git folders by reading files, without running git: the audited folder may be an
// untrusted download, and running git there would read its `.git/config` (includes, fsmonitor, core.worktree).

import { existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { readRegularFile } from '../scan/read-file.js';

export interface GitRepo {
  /** The folder that holds `.git` (resolved). */
  workTree: string;
  /** This work tree's git folder (`.git`, or `.git/worktrees/NAME` for a linked work tree). */
  gitDir: string;
  /** Where objects and shared refs live (the main `.git` of a linked work tree). */
  commonDir: string;
  /** The audited folder relative to the work tree, `/` separated, '' at the top. */
  prefix: string;
}

/** The small text files of a git folder (HEAD, refs, commondir): never more than this. */
const SMALL = 64 * 1024;

export function readSmall(file: string, max = SMALL): string | undefined {
  const r = readRegularFile(file, max);
  return r.ok ? r.data.toString('utf8') : undefined;
}

/** The repository `start` lies in, found by walking up to a `.git` folder or `.git` file ("gitdir: ..."). */
export function discoverRepo(start: string): GitRepo | undefined {
  let dir: string;
  try {
    dir = realpathSync(start);
  } catch {
    return undefined;
  }
  const audited = dir;
  for (;;) {
    const dotGit = path.join(dir, '.git');
    const st = lstatOrUndefined(dotGit);
    if (st?.isDirectory()) return repoAt(dir, dotGit, audited);
    if (st?.isFile()) {
      const m = /^gitdir: (.+)$/m.exec(readSmall(dotGit) ?? '');
      if (m) return repoAt(dir, path.resolve(dir, m[1].trim()), audited);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function repoAt(workTree: string, gitDir: string, audited: string): GitRepo | undefined {
  if (!existsSync(path.join(gitDir, 'HEAD'))) return undefined;
  const common = readSmall(path.join(gitDir, 'commondir'))?.trim();
  const commonDir = common ? path.resolve(gitDir, common) : gitDir;
  const prefix = path.relative(workTree, audited).split(path.sep).join('/');
  return { workTree, gitDir, commonDir, prefix };
}

/** The commit HEAD names, read from HEAD, loose refs and packed-refs (no git run); undefined on an unborn branch. */
export function resolveHead(repo: GitRepo): string | undefined {
  let head = readSmall(path.join(repo.gitDir, 'HEAD'))?.trim();
  for (let hops = 0; head && hops < 5; hops++) {
    if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head)) return head;
    const m = /^ref: (refs\/[^\s]+)$/.exec(head);
    if (!m || m[1].includes('..')) return undefined;
    const ref = m[1];
    head = (readSmall(path.join(repo.gitDir, ref)) ?? readSmall(path.join(repo.commonDir, ref)))?.trim() ?? packedRef(repo, ref);
  }
  return undefined;
}

function packedRef(repo: GitRepo, ref: string): string | undefined {
  const packed = readRegularFile(path.join(repo.commonDir, 'packed-refs'), 64 * 1024 * 1024);
  if (!packed.ok) return undefined;
  for (const line of packed.data.toString('utf8').split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0 && line.slice(sp + 1) === ref) return line.slice(0, sp);
  }
  return undefined;
}

function lstatOrUndefined(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}
