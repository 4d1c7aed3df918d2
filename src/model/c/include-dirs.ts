// The project's own include folders, from the `-I` flags its build files pass (`ccflags-y += -I$(src)/include`,
// `EXTRA_CFLAGS += -I$(src)/hal`): with them `#include <drv_types.h>` names a header of the repository.

import path from 'node:path/posix';
import type { MakeFile } from '../make/types.js';
import type { CFile } from './types.js';
import { joinNormal } from '../../util/join-path.js';

/** `$(src)`, `$(obj)`, `$(M)`, `$(PWD)`, `$(CURDIR)` (and `${...}`): the folder of the build file itself. */
const HERE = /^\$[({](src|obj|M|PWD|CURDIR|KBUILD_EXTMOD|SRCDIR|TOPDIR)[)}]/;

export function projectIncludeDirs(make: Map<string, MakeFile>, folders: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const mf of make.values()) {
    const dir = mf.path.includes('/') ? mf.path.slice(0, mf.path.lastIndexOf('/')) : '.';
    for (const a of mf.assignments) {
      for (const m of a.value.matchAll(/(?:^|\s)-I\s*([^\s"']+)/g)) {
        let p = m[1];
        if (HERE.test(p)) p = p.replace(HERE, '.');
        else if (p.startsWith('/') || p.includes('$')) continue;
        if (p.includes('$')) continue;
        const folder = path.normalize(path.join(dir, p)).replace(/\/$/, '');
        if (folders.has(folder)) out.add(folder);
      }
    }
  }
  return [...out].sort();
}

/** Every folder that holds a file, for checking `-I` targets exist. */
export function foldersOf(paths: Iterable<string>): Set<string> {
  const out = new Set<string>(['.']);
  for (const p of paths) {
    let d = p;
    while (d.includes('/')) {
      d = d.slice(0, d.lastIndexOf('/'));
      if (out.has(d)) break;
      out.add(d);
    }
  }
  return out;
}

/**
 * The repository header an include names: `"x.h"` beside the including file, then in the project's include
 * folders; `<x.h>` in the project's include folders (never `<linux/...>` and the like, which the kernel's own
 * include folders, searched first, provide).
 */
export function resolveProjectInclude(
  from: string,
  inc: { path: string; system: boolean },
  files: ReadonlyMap<string, CFile>,
  includeDirs: readonly string[],
): CFile | undefined {
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '.';
  if (!inc.system) {
    const beside = files.get(path.normalize(path.join(dir, inc.path)));
    if (beside) return beside;
  } else if (
    /^(linux|asm|asm-generic|uapi|net|media|sound|drm|scsi|crypto|trace|acpi|xen|rdma|video|misc|kunit|generated)\//.test(inc.path)
  )
    return undefined;
  for (const d of includeDirs) {
    const hit = files.get(path.normalize(path.join(d, inc.path)));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The first of the project's include folders under which `lookup` knows an include's path (`lookup` gets the joined,
 * normalised path), remembered per include text: a large tree includes the same headers thousands of times, each
 * tried under hundreds of folders.
 */
export function includeDirLookup<T>(
  includeDirs: readonly string[],
  lookup: (joined: string) => T | undefined,
): (incPath: string) => T | undefined {
  const found = new Map<string, T | undefined>();
  return (incPath) => {
    if (!found.has(incPath)) {
      let hit: T | undefined;
      for (const d of includeDirs) {
        hit = lookup(joinNormal(d, incPath));
        if (hit !== undefined) break;
      }
      found.set(incPath, hit);
    }
    return found.get(incPath);
  };
}
