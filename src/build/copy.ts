// The build runs on a copy: kbuild writes objects next to the sources, and the user's tree is never written.

import { copyFileSync, lstatSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { RepoFiles } from '../scan/types.js';

/** Copies the scanned files (and only those: the scan already skipped ignored files and outside links). */
export function copyScannedFiles(scan: RepoFiles, dest: string): number {
  let n = 0;
  for (const rel of scan.files.keys()) {
    const from = path.join(scan.root, rel);
    const to = path.join(dest, rel);
    try {
      if (!lstatSync(from).isFile()) continue;
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(from, to);
      n++;
    } catch {
      // A file that vanished since the scan is not worth failing the build over.
    }
  }
  return n;
}
