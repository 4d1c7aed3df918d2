// A commit's files under a prefix, written raw from git objects into a folder of ours (`ls-tree` + one
// `cat-file --batch`): no checkout, so no filter, attribute or hook of the repository ever applies.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Runs one git plumbing command against the repository whose objects are read. */
export type GitPlumbing = (args: string[], input?: Buffer) => Buffer;

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

function listTree(git: GitPlumbing, sha: string, prefix: string): TreeEntry[] {
  const args = ['ls-tree', '-r', '-z', '--full-tree', sha];
  if (prefix) args.push('--', prefix);
  return git(args)
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
function readBlobs(git: GitPlumbing, objects: string[]): Buffer[] {
  if (objects.length === 0) return [];
  const out = git(['cat-file', '--batch'], Buffer.from(`${objects.join('\n')}\n`));
  const blobs: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const eol = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, eol).toString('utf8').split(' ')[2]);
    blobs.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return blobs;
}

/** Writes the blobs of `sha` under `prefix` into `dir` (symbolic links as links, never a `.git` path). */
export function writeTree(git: GitPlumbing, sha: string, prefix: string, dir: string): void {
  const entries = listTree(git, sha, prefix).filter((e) => e.type === 'blob');
  const blobs = readBlobs(
    git,
    entries.map((e) => e.object),
  );
  entries.forEach((entry, i) => {
    const target = path.join(dir, entry.path);
    // ls-tree paths never hold `..`, but a path must never leave the folder.
    if (!target.startsWith(dir + path.sep) || entry.path.split('/').includes('.git')) return;
    mkdirSync(path.dirname(target), { recursive: true });
    if (entry.mode === '120000') symlinkSync(blobs[i].toString('utf8'), target);
    else writeFileSync(target, blobs[i]);
  });
}
