// The pull request's base revision, written out of git history into a temporary folder so it can be audited the
// same way as the head. Only git's plumbing runs, through a private git folder (src/git), so the repository's own
// config is never read; nothing is checked out or filtered.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitRepo } from '../git/repo.js';
import { gitInOwnFolder, gitOnRepo } from '../git/safe-git.js';
import { writeTree } from '../git/write-tree.js';

export function hasCommit(repo: GitRepo, sha: string): boolean {
  try {
    gitOnRepo(repo, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export interface BaseCheckout {
  /** The audited root inside the temporary folder (mirrors `pathPrefix`). */
  root: string;
  dispose(): void;
}

/**
 * Write the files of `sha` under `prefix` (the audited folder, relative to the repository root) to a temporary git
 * work tree where they are all tracked, as they were at that commit (so "tracked but ignored" facts match the head).
 */
export function writeBaseRevision(repo: GitRepo, sha: string, prefix: string): BaseCheckout {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-audit-base-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeTree((args, input) => gitOnRepo(repo, args, { input }), sha, prefix, dir);
    gitInOwnFolder(dir, ['init', '-q']);
    gitInOwnFolder(dir, ['add', '-A', '-f']);
    return { root: prefix ? path.join(dir, prefix) : dir, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
