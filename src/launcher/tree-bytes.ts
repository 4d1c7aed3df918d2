// Whether a folder holds at least so many bytes of C, known before the audit starts (the launcher decides how to start
// the process by it, see huge-pages). Counted as the scan reads them: `.c` and `.h` files up to the scan's size cap,
// no symbolic link followed, no hidden folder (`.git`). It stops at the answer: a few milliseconds for a module
// repository, and for a kernel tree the first thousands of files, not all of them.

import { type Dirent, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES } from '../scan/limits.js';

/** Folders and files looked at before giving up on an answer (then: not that much C). */
const MAX_ENTRIES = 200_000;

/**
 * What the last count of a folder learnt: its bytes of C up to where it stopped, and whether it saw the whole tree.
 * The CLI's launcher asks twice of one tree (huge pages from 256 MB, the baseline parser up to 768 KB): a small tree
 * is walked once, to its end, and answers both.
 */
let last: { root: string; maxFileBytes: number; bytes: number; whole: boolean } | undefined;

export function holdsCBytes(root: string, atLeast: number, maxFileBytes = DEFAULT_MAX_FILE_BYTES): boolean {
  if (last && last.root === root && last.maxFileBytes === maxFileBytes && (last.whole || last.bytes >= atLeast))
    return last.bytes >= atLeast;
  const counted = countCBytes(root, atLeast, maxFileBytes);
  last = { root, maxFileBytes, ...counted };
  return counted.bytes >= atLeast;
}

/** The bytes of C under `root`, counted until `atLeast` (then `whole` is false unless the tree ended there too). */
function countCBytes(root: string, atLeast: number, maxFileBytes: number): { bytes: number; whole: boolean } {
  let bytes = 0;
  let entries = 0;
  const folders = [root];
  while (folders.length > 0) {
    const dir = folders.pop() as string;
    let list: Dirent[];
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable: the scan says so, not this estimate
    }
    for (const e of list) {
      // too many entries to count: taken as not that much C (and the count as not whole)
      if (++entries > MAX_ENTRIES) return { bytes: Math.min(bytes, atLeast - 1), whole: false };
      if (e.name.startsWith('.')) continue;
      const at = path.join(dir, e.name);
      if (e.isDirectory()) folders.push(at);
      else if (e.isFile() && /\.[ch]$/.test(e.name)) {
        try {
          const size = lstatSync(at).size;
          if (size <= maxFileBytes) bytes += size;
        } catch {
          continue;
        }
        if (bytes >= atLeast) return { bytes, whole: false };
      }
    }
  }
  return { bytes, whole: true };
}
