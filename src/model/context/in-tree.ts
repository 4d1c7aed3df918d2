// Whether the audited folder sits inside a kernel source tree (drivers/staging/foo of a Linux checkout)
// or is a repository of its own. In a kernel tree the repository's packaging (licence file, CI, README
// sections, .gitignore, dkms) belongs to the tree, not to the folder: those rules do not apply there.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export interface TreeContext {
  inTree: boolean;
  /** How it was decided: 'forced' (--in-tree), 'detected' (a kernel tree above the folder) or 'none'. */
  how: 'forced' | 'detected' | 'none';
  /** The kernel tree's top folder, relative to the audited root (`../../..`), when detected. */
  kernelTree?: string;
}

const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The top of a Linux source tree: the files kbuild's own top-level Makefile needs (Kconfig, Makefile,
 * scripts/) and MAINTAINERS, which no out-of-tree repository carries. Only their existence is checked;
 * nothing outside the audited root is read.
 */
export function isKernelTop(dir: string): boolean {
  return (
    existsSync(path.join(dir, 'Kconfig')) &&
    existsSync(path.join(dir, 'MAINTAINERS')) &&
    existsSync(path.join(dir, 'Makefile')) &&
    isDir(path.join(dir, 'scripts'))
  );
}

/** A Kbuild folder (Makefile or Kbuild) in a kernel tree: its top or any folder below it. */
export function detectTreeContext(root: string, force = false): TreeContext {
  if (force) return { inTree: true, how: 'forced', ...topAbove(root) };
  const abs = path.resolve(root);
  const kbuildFolder = existsSync(path.join(abs, 'Makefile')) || existsSync(path.join(abs, 'Kbuild'));
  const top = kbuildFolder ? topAbove(abs).kernelTree : undefined;
  return top === undefined ? { inTree: false, how: 'none' } : { inTree: true, how: 'detected', kernelTree: top };
}

function topAbove(root: string): { kernelTree?: string } {
  const abs = path.resolve(root);
  for (let dir = abs; ; dir = path.dirname(dir)) {
    if (isKernelTop(dir)) return { kernelTree: path.relative(abs, dir).split(path.sep).join('/') || '.' };
    if (path.dirname(dir) === dir) return {};
  }
}
