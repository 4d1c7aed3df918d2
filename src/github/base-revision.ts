// The pull request's base revision, written out of git history into a temporary folder so it can be audited the
// same way as the head. Only git's plumbing runs, through a private git folder (src/git), so the repository's own
// config is never read; nothing is checked out or filtered.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitRepo } from '../git/repo.js';
import { gitInOwnFolder, gitOnRepo } from '../git/safe-git.js';

export function hasCommit(repo: GitRepo, sha: string): boolean {
  try {
    gitOnRepo(repo, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

function listTree(repo: GitRepo, sha: string, prefix: string): TreeEntry[] {
  const args = ['ls-tree', '-r', '-z', '--full-tree', sha];
  if (prefix) args.push('--', prefix);
  return gitOnRepo(repo, args)
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, object] = line.slice(0, tab).split(' ');
      return { mode, type, object, path: line.slice(tab + 1) };
    });
}

/** Blob contents through one `git cat-file --batch` (the batch form of `git show <sha>:<path>`). */
function readBlobs(repo: GitRepo, objects: string[]): Buffer[] {
  if (objects.length === 0) return [];
  const out = gitOnRepo(repo, ['cat-file', '--batch'], { input: Buffer.from(`${objects.join('\n')}\n`) });
  const blobs: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8').split(' ');
    const size = Number(header[2]);
    blobs.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return blobs;
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
    const entries = listTree(repo, sha, prefix).filter((e) => e.type === 'blob');
    const blobs = readBlobs(
      repo,
      entries.map((e) => e.object),
    );
    entries.forEach((entry, i) => {
      const target = path.join(dir, entry.path);
      // ls-tree paths never hold `..`, but a path must never leave the folder.
      if (!target.startsWith(dir + path.sep)) return;
      mkdirSync(path.dirname(target), { recursive: true });
      if (entry.mode === '120000') symlinkSync(blobs[i].toString('utf8'), target);
      else writeFileSync(target, blobs[i]);
    });
    gitInOwnFolder(dir, ['init', '-q']);
    gitInOwnFolder(dir, ['add', '-A', '-f']);
    return { root: prefix ? path.join(dir, prefix) : dir, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
