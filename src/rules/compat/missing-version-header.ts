import type { CFile } from '../../model/c/types.js';
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
    for (const cf of model.c.values()) {
      const m = /\bLINUX_VERSION_CODE\b|\bKERNEL_VERSION\s*\(/.exec(cf.code);
      if (!m || cf.defines.has('LINUX_VERSION_CODE') || includesVersion(cf, model.c, new Set())) continue;
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

/** Whether the file includes the version header itself or through a header of the repository. */
function includesVersion(cf: CFile, files: Map<string, CFile>, seen: Set<string>): boolean {
  if (seen.has(cf.path)) return false;
  seen.add(cf.path);
  const dir = cf.path.includes('/') ? cf.path.slice(0, cf.path.lastIndexOf('/') + 1) : '';
  for (const inc of cf.includes) {
    if (VERSION_HEADERS.has(inc.path)) return true;
    if (inc.system) continue;
    const local = files.get(dir + inc.path) ?? [...files.values()].find((f) => f.path.endsWith(`/${inc.path}`) || f.path === inc.path);
    if (local && includesVersion(local, files, seen)) return true;
  }
  return false;
}
