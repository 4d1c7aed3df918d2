// The build runs on a copy: kbuild writes objects next to the sources, and the user's tree is never written.
// The copy holds the scanned files only (the scan already skipped ignored files, special files and links leaving
// the root), up to a byte budget, and is removed afterwards whatever the build did to it.

import { chmodSync, copyFileSync, lchownSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { RepoFiles } from '../scan/types.js';

export interface CopyResult {
  files: number;
  bytes: number;
  /** Files left out because the budget was spent. */
  skipped: number;
}

/** Copies the scanned files into `dest`, owned by `owner` when given (a root audit builds as nobody). */
export function copyScannedFiles(
  scan: RepoFiles,
  dest: string,
  maxBytes = Number.POSITIVE_INFINITY,
  owner?: { uid: number; gid: number },
): CopyResult {
  const result: CopyResult = { files: 0, bytes: 0, skipped: 0 };
  const dirs = new Set<string>();
  for (const rel of scan.files.keys()) {
    const from = path.join(scan.root, rel);
    const to = path.join(dest, rel);
    try {
      const st = lstatSync(from);
      if (!st.isFile()) continue;
      if (result.bytes + st.size > maxBytes) {
        result.skipped++;
        continue;
      }
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(from, to);
      if (owner) lchownSync(to, owner.uid, owner.gid);
      for (let d = path.dirname(rel); d !== '.'; d = path.dirname(d)) dirs.add(d);
      result.files++;
      result.bytes += st.size;
    } catch {
      // A file that vanished since the scan is not worth failing the build over.
    }
  }
  if (owner) for (const d of dirs) lchownSync(path.join(dest, d), owner.uid, owner.gid);
  return result;
}

/** Removes a build folder even when the build took permissions away from its own folders (`chmod 000 sub`). */
export function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
    return;
  } catch {
    // fall through: give ourselves the permissions back, then try again
  }
  const open = (d: string) => {
    try {
      chmodSync(d, 0o700);
      for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) open(path.join(d, e.name));
    } catch {
      // not ours: rmSync below says so
    }
  };
  open(dir);
  rmSync(dir, { recursive: true, force: true });
}
