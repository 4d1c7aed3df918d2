// Reading and writing inside the audited root only: no absolute or `..` paths, no symbolic link anywhere on the
// way (a link could point outside the root or at a file the user did not mean to change), regular files only.

import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export class UnsafePathError extends Error {}

/** A folder on the way does not exist (not unsafe: there is simply nothing there). */
class MissingFolderError extends UnsafePathError {}

/** The absolute path of `rel` inside `root`, after checking each folder on the way is a real folder. */
export function confinedPath(root: string, rel: string, opts: { mkdirs?: boolean } = {}): string {
  if (rel === '' || rel.includes('\0') || path.isAbsolute(rel) || /^[A-Za-z]:/.test(rel))
    throw new UnsafePathError(`${rel}: not a path inside the repository`);
  const parts = rel.split('/');
  if (parts.some((p) => p === '..' || p === '.' || p === '')) throw new UnsafePathError(`${rel}: not a plain path inside the repository`);
  let cur = path.resolve(root);
  for (const dir of parts.slice(0, -1)) {
    cur = path.join(cur, dir);
    const st = lstatSync(cur, { throwIfNoEntry: false });
    if (!st) {
      if (!opts.mkdirs) throw new MissingFolderError(`${rel}: folder ${dir} does not exist`);
      mkdirSync(cur);
      continue;
    }
    if (st.isSymbolicLink()) throw new UnsafePathError(`${rel}: ${dir} is a symbolic link; not followed`);
    if (!st.isDirectory()) throw new UnsafePathError(`${rel}: ${dir} is not a folder`);
  }
  return path.join(cur, parts[parts.length - 1]);
}

/** Reads a regular file inside the root; undefined when it does not exist. */
export function readConfined(root: string, rel: string): Buffer | undefined {
  let abs: string;
  try {
    abs = confinedPath(root, rel);
  } catch (e) {
    if (e instanceof MissingFolderError) return undefined;
    throw e;
  }
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (st.isSymbolicLink()) throw new UnsafePathError(`${rel} is a symbolic link; not followed`);
  if (!st.isFile()) throw new UnsafePathError(`${rel} is not a regular file`);
  const fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces (or with `create`, creates) a regular file inside the root. Writes a temporary file beside it and
 * renames it over the old one, so a reader never sees half a file and a link put in its place is replaced,
 * not followed. `expect` is what the file must still hold: a file that changed meanwhile is left alone.
 */
export function writeConfined(root: string, rel: string, bytes: Buffer, opts: { create?: boolean; expect?: Buffer } = {}): void {
  const abs = confinedPath(root, rel, { mkdirs: opts.create });
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (opts.create) {
    if (st) throw new UnsafePathError(`${rel} already exists; not overwritten`);
  } else {
    if (!st) throw new UnsafePathError(`${rel} no longer exists`);
    if (st.isSymbolicLink()) throw new UnsafePathError(`${rel} is a symbolic link; not followed`);
    if (!st.isFile()) throw new UnsafePathError(`${rel} is not a regular file`);
    if (st.nlink > 1) throw new UnsafePathError(`${rel} has other hard links; not changed`);
    if (opts.expect && !readConfined(root, rel)?.equals(opts.expect)) throw new UnsafePathError(`${rel} changed while fixing; not written`);
  }
  const mode = st ? st.mode & 0o7777 : 0o644;
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.lkm-audit-${process.pid}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
  try {
    writeSync(fd, bytes);
    if (!fstatSync(fd).isFile()) throw new UnsafePathError(`${rel}: temporary file is not a regular file`);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  if (opts.create && lstatSync(abs, { throwIfNoEntry: false })) {
    unlinkSync(tmp);
    throw new UnsafePathError(`${rel} already exists; not overwritten`);
  }
  renameSync(tmp, abs);
}
