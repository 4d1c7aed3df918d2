// One revision written out of the object store into a temporary folder, as a git work tree of our own whose index
// holds that commit's tree: the scanner then sees the same tracked files as in a checkout of that commit. Blobs are
// read raw (`cat-file --batch`, no filters or attributes applied), never through a checkout.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git } from './git.js';

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

function listTree(gitDir: string, sha: string, prefix: string): TreeEntry[] {
  const args = ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', sha];
  if (prefix) args.push('--', prefix);
  return git(gitDir, args)
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, object] = line.slice(0, tab).split(' ');
      return { mode, type, object, path: line.slice(tab + 1) };
    });
}

function readBlobs(gitDir: string, objects: string[]): Buffer[] {
  if (objects.length === 0) return [];
  const out = git(gitDir, ['--git-dir', gitDir, 'cat-file', '--batch'], Buffer.from(`${objects.join('\n')}\n`));
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

export interface ExportedRevision {
  /** The audited folder inside the export (the prefix below the temporary work tree). */
  root: string;
  dispose(): void;
}

/** Writes `sha`'s files under `prefix` to a new temporary folder, using the objects of the shadow repository. */
export function exportRevision(shadowDir: string, sha: string, prefix: string): ExportedRevision {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-audit-rev-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    const entries = listTree(shadowDir, sha, prefix).filter((e) => e.type === 'blob');
    const blobs = readBlobs(
      shadowDir,
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
    git(dir, ['init', '-q', '--template=']);
    writeFileSync(path.join(dir, '.git/objects/info/alternates'), `${path.join(shadowDir, 'objects')}\n`);
    git(dir, ['read-tree', sha]);
    const root = prefix ? path.join(dir, prefix) : dir;
    mkdirSync(root, { recursive: true });
    return { root, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
