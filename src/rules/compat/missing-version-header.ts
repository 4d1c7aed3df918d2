import { resolveProjectInclude } from '../../model/c/include-dirs.js';
import type { CFile } from '../../model/c/types.js';
import type { RepoModel } from '../../model/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

const VERSION_HEADERS = new Set(['linux/version.h', 'generated/uapi/linux/version.h']);

export default defineRule({
  id: 'compat/missing-version-header',
  severity: 'warning',
  title: '`LINUX_VERSION_CODE` used without `<linux/version.h>`',
  why: 'Without `<linux/version.h>` the macros may be undefined; the preprocessor then reads `LINUX_VERSION_CODE` as 0 and silently picks the oldest branch, so the module builds the wrong code for the kernel.',
  fix: 'Add `#include <linux/version.h>` before the first version test.',
  check(model) {
    const out: RawFinding[] = [];
    includeDirs = model.includeDirs ?? [];
    // `ccflags-y += -include $(src)/compat/compat.h`: kbuild puts that header before every source.
    if (forcedHeaders(model).some((h) => includesVersion(h, model.c, new Set()))) return [];
    // built for the first file that needs it: most trees have none (drivers/: the rule 1.4 -> 0.2 s without it)
    let includers: Map<string, { cf: CFile; line: number }[]> | undefined;
    for (const cf of model.c.values()) {
      const m = /\bLINUX_VERSION_CODE\b|\bKERNEL_VERSION\s*\(/.exec(cf.code);
      if (!m || cf.defines.has('LINUX_VERSION_CODE') || includesVersion(cf, model.c, new Set())) continue;
      // A header is compiled inside the files that include it: fine when each of them has the version header first.
      if (knownAtTop(cf, model.c, (includers ??= includersOf(model.c)), new Set())) continue;
      const line = cf.lineAt(m.index);
      out.push({
        file: cf.path,
        line,
        column: cf.columnAt(m.index),
        message: `${cf.path} tests LINUX_VERSION_CODE but never includes <linux/version.h> (directly or through the project's headers)`,
      });
    }
    return out;
  },
});

// Set per check from the model (rules stay pure: nothing outlives one call's inputs).
let includeDirs: readonly string[] = [];

/** Headers the build forces into every source with `-include <file>`, found by their path's tail. */
function forcedHeaders(model: RepoModel): CFile[] {
  const out: CFile[] = [];
  // Kbuild fragments (`compat/Kbuild.include`, `*.mk`) are included by computed names: read them all as text.
  const buildTexts = [...model.scan.files.values()]
    .filter((f) => f.text !== undefined && /(^|\/)(Kbuild|Makefile)[^/]*$|\.(mk|kbuild)$/i.test(f.path))
    .map((f) => f.text as string);
  for (const text of buildTexts)
    for (const line of text.split('\n').filter((l) => /^\s*(ccflags|EXTRA_CFLAGS|KBUILD_CFLAGS|cflags)/.test(l)))
      for (const m of line.matchAll(/(?:^|\s)-include\s+(\S+)/g)) {
        const tail = m[1].replace(/^(\$[({][^)}]*[)}]\/?)+/, '').replace(/^\.\//, '');
        const hit = [...model.c.values()].find((f) => f.path === tail || f.path.endsWith(`/${tail}`));
        if (hit) out.push(hit);
      }
  return out;
}

/** The repository file an include of `from` names: beside it, in the project's -I folders, else by path suffix. */
function resolveLocal(from: CFile, inc: { path: string; system: boolean }, files: Map<string, CFile>): CFile | undefined {
  const hit = resolveProjectInclude(from.path, inc, files, includeDirs);
  if (hit || inc.system) return hit;
  return bySuffix(files).get(inc.path);
}

/**
 * Path suffix (the whole path, or any part after a slash) -> the first file, in the map's order, that ends so:
 * the fallback lookup of `resolveLocal`, indexed once instead of scanning every file for every include.
 */
const suffixIndexes = new WeakMap<Map<string, CFile>, Map<string, CFile>>();
function bySuffix(files: Map<string, CFile>): Map<string, CFile> {
  let index = suffixIndexes.get(files);
  if (index) return index;
  index = new Map();
  for (const f of files.values()) {
    if (!index.has(f.path)) index.set(f.path, f);
    for (let i = f.path.indexOf('/'); i >= 0; i = f.path.indexOf('/', i + 1)) {
      const suffix = f.path.slice(i + 1);
      if (!index.has(suffix)) index.set(suffix, f);
    }
  }
  suffixIndexes.set(files, index);
  return index;
}

/** Whether the file includes the version header itself or through a header of the repository. */
function includesVersion(cf: CFile, files: Map<string, CFile>, seen: Set<string>, beforeLine = Number.POSITIVE_INFINITY): boolean {
  if (seen.has(cf.path)) return false;
  seen.add(cf.path);
  for (const inc of cf.includes) {
    if (inc.line >= beforeLine) continue;
    if (VERSION_HEADERS.has(inc.path)) return true;
    const local = resolveLocal(cf, inc, files);
    if (local && includesVersion(local, files, seen)) return true;
  }
  return false;
}

/** Header path -> the repository files that include it, with the line. */
function includersOf(files: Map<string, CFile>): Map<string, { cf: CFile; line: number }[]> {
  const out = new Map<string, { cf: CFile; line: number }[]>();
  for (const cf of files.values()) {
    for (const inc of cf.includes) {
      const local = resolveLocal(cf, inc, files);
      if (!local || local === cf) continue;
      const list = out.get(local.path) ?? [];
      list.push({ cf, line: inc.line });
      out.set(local.path, list);
    }
  }
  return out;
}

/** Whether every file that includes this header has the version header before the include (a header never included: no). */
function knownAtTop(
  h: CFile,
  files: Map<string, CFile>,
  includers: Map<string, { cf: CFile; line: number }[]>,
  seen: Set<string>,
): boolean {
  const list = includers.get(h.path) ?? [];
  if (list.length === 0 || seen.has(h.path)) return false;
  seen.add(h.path);
  return list.every(({ cf, line }) => includesVersion(cf, files, new Set(), line) || knownAtTop(cf, files, includers, new Set(seen)));
}
