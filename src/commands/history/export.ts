// One revision written out of the object store into a temporary folder, as a git work tree of our own whose index
// holds that commit's tree: the scanner then sees the same tracked files as in a checkout of that commit. Blobs are
// read raw (`cat-file --batch`, no filters or attributes applied), never through a checkout.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { releaseShadowsUnder } from '../../git/safe-git.js';
import { writeTree } from '../../git/write-tree.js';
import { git } from './git.js';

export interface ExportedRevision {
  /** The audited folder inside the export (the prefix below the temporary work tree). */
  root: string;
  dispose(): void;
}

/** Writes `sha`'s files under `prefix` to a new temporary folder, using the objects of the shadow repository. */
export function exportRevision(shadowDir: string, sha: string, prefix: string): ExportedRevision {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-audit-rev-'));
  const dispose = () => {
    releaseShadowsUnder(dir);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    writeTree((args, input) => git(shadowDir, ['--git-dir', shadowDir, ...args], input), sha, prefix, dir);
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
