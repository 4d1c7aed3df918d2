// Whether a folder holds at least so many bytes of C, known before the audit starts (the launcher decides how to start
// the process by it, see huge-pages). Counted as the scan reads them: `.c` and `.h` files up to the scan's size cap,
// no symbolic link followed, no hidden folder (`.git`). It stops at the answer: a few milliseconds for a module
// repository, and for a kernel tree the first thousands of files, not all of them.

import { type Dirent, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES } from '../scan/limits.js';

/** Folders and files looked at before giving up on an answer (then: not that much C). */
const MAX_ENTRIES = 200_000;

export function holdsCBytes(root: string, atLeast: number, maxFileBytes = DEFAULT_MAX_FILE_BYTES): boolean {
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
      if (++entries > MAX_ENTRIES) return false;
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
        if (bytes >= atLeast) return true;
      }
    }
  }
  return false;
}
