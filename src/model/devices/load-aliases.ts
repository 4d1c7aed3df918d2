// Which modules.alias files an audit compares device IDs with, read once per process.

import { statSync } from 'node:fs';
import { installedAliasFiles, type KernelAliasDb, readAliasFile } from './kernel-aliases.js';

const cache = new Map<string, { mtimeMs: number; db: KernelAliasDb }>();

/** The given files, or the installed kernels' ones when none were given. Throws AliasFileError on a bad file. */
export function loadKernelAliases(files?: readonly string[]): KernelAliasDb[] {
  return (files?.length ? files : installedAliasFiles()).map((file) => {
    let mtimeMs = 0;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      // readAliasFile reports the missing file.
    }
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.db;
    const db = readAliasFile(file);
    cache.set(file, { mtimeMs, db });
    return db;
  });
}
