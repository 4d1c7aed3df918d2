// One safe read of one file: a regular file only (never a FIFO, device or socket, so nothing can hang or
// stream without end), at most `maxBytes`, opened without following a link swapped in at the last moment.

import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';

export type ReadResult =
  | { ok: true; data: Buffer; identity: FileIdentity }
  | { ok: false; reason: 'unreadable' | 'not-regular' | 'too-large' | 'outside-root' | 'changed'; detail: string; size?: number };

/**
 * What tells the file a read found from any other, and from itself written since: the audit's worker threads read
 * the scanned C files again (a path posted costs the main thread nothing, a text posted a copy of it), and use what
 * they read only when it is still this file, unchanged.
 */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

function identityOf(st: Stats): FileIdentity {
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
}

export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/**
 * A buffer one reader reuses for every file it reads: the data a read returns then lives only until the next read
 * with it. A scan copies each file's bytes into its texts at once, and a fresh buffer per file was fresh memory per
 * file, which costs page faults here (about 4 ms a megabyte) and young-generation collections.
 */
export class ReadScratch {
  private buf = Buffer.allocUnsafeSlow(64 * 1024);

  /** A buffer of at least `size` bytes. */
  take(size: number): Buffer {
    if (this.buf.length < size) this.buf = Buffer.allocUnsafeSlow(Math.max(size, this.buf.length * 2));
    return this.buf;
  }
}

/**
 * Read `abs` if it is a regular file of at most `maxBytes`. O_NONBLOCK: a FIFO swapped in after a check cannot block.
 * With `scratch`, the data is a view of its buffer (see ReadScratch). With `expected`, only that very file, unchanged,
 * is read: anything else is `changed`, and not a byte of it is read.
 */
export function readRegularFile(
  abs: string,
  maxBytes: number,
  flags = 0,
  scratch?: ReadScratch,
  expected?: FileIdentity,
  within?: string,
): ReadResult {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK | flags);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (code === 'ELOOP') return { ok: false, reason: 'outside-root', detail: 'a symbolic link where a file was expected' };
    return { ok: false, reason: 'unreadable', detail: `not readable (${code})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not-regular', detail: 'not a regular file' };
    if (within !== undefined && !openedInside(fd, within))
      return { ok: false, reason: 'outside-root', detail: 'reached through a folder swapped for a link out of the repository; not read' };
    const identity = identityOf(st);
    if (expected && !sameFile(identity, expected))
      return { ok: false, reason: 'changed', detail: 'not the file read before, or changed since' };
    if (st.size > maxBytes)
      return { ok: false, reason: 'too-large', detail: `${st.size} bytes, over the ${maxBytes}-byte limit`, size: st.size };
    const buf = scratch ? scratch.take(st.size) : Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n <= 0) break;
      off += n;
    }
    return { ok: true, data: buf.subarray(0, off), identity };
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: `read failed (${(e as NodeJS.ErrnoException).code ?? e})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the file open on `fd` lies inside `root` (resolved), by the path the kernel gives the descriptor: a folder
 * on the way swapped for a link after it was resolved (O_NOFOLLOW guards only the last component) shows there. Where
 * the system has no /proc/self/fd, the walk's own checks are all there is.
 */
function openedInside(fd: number, root: string): boolean {
  let opened: string;
  try {
    opened = readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return true;
  }
  return isInside(root, opened);
}

/** Whether `p` is `root` itself or lies below it (both already resolved). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Read a file that must stay inside `root`: every link on its path is resolved, and the resolved path must still
 * be inside the (resolved) root; the final open refuses a link, so nothing is read outside the repository.
 */
export function readFileInRoot(root: string, abs: string, maxBytes: number): ReadResult {
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(abs);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: `not readable (${(e as NodeJS.ErrnoException).code ?? e})` };
  }
  if (!isInside(realRoot, real))
    return { ok: false, reason: 'outside-root', detail: 'a symbolic link to a file outside the repository; not read' };
  return readRegularFile(real, maxBytes, constants.O_NOFOLLOW);
}
