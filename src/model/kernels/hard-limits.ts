// Kernels the code itself refuses: a `#error` under `#if LINUX_VERSION_CODE < KERNEL_VERSION(...)`, or a
// `BUILD_BUG_ON(LINUX_VERSION_CODE < KERNEL_VERSION(...))`. The build stops there, so no README can claim more.

import type { CFile } from '../c/types.js';
import { repoMacroLookup, withoutIncludeGuards } from './api-usage.js';
import { evaluateCondition, liveRange } from './condition.js';
import { MAX_CODE, VersionSet } from './range.js';
import type { HardLimit } from './types.js';
import { formatVersion, previousSeries } from './version.js';

const BUILD_BUG_ON = /\bBUILD_BUG_ON\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)/g;

/** The first hard limit found in the code: the kernels outside it fail to build. */
export function hardLimits(c: Map<string, CFile>): HardLimit | undefined {
  const files = [...c.values()];
  const lookup = repoMacroLookup(c);
  for (const cf of files) {
    const found: { index: number; fails: VersionSet | undefined; via: HardLimit['via'] }[] = [];
    // as the lexer read them (a search for `#error` in every file cost about a second on drivers/)
    for (const index of cf.errorDirectives) found.push({ index, fails: VersionSet.all, via: '#error' });
    if (cf.code.includes('BUILD_BUG_ON')) {
      for (const m of cf.code.matchAll(BUILD_BUG_ON)) {
        if (!m[1].includes('LINUX_VERSION_CODE')) continue;
        found.push({ index: m.index, fails: evaluateCondition(m[1], lookup), via: 'BUILD_BUG_ON' });
      }
    }
    for (const f of found.sort((a, b) => a.index - b.index)) {
      if (!f.fails) continue;
      const line = cf.lineAt(f.index);
      const r = liveRange(withoutIncludeGuards(cf, cf.conditionsAt(line)), lookup);
      // A #error needs a version guard around it; a BUILD_BUG_ON carries its own version test.
      if (!r.exact || (f.via === '#error' && !r.versionGuarded)) continue;
      const refused = r.live.intersect(f.fails);
      if (refused.isEmpty) continue;
      const ok = refused.complement();
      if (ok.isEmpty) continue;
      const iv = ok.intervals;
      const lo = iv[0].lo;
      const hi = iv[iv.length - 1].hi;
      return {
        min: lo > 0 ? formatVersion(lo) : undefined,
        max: hi < MAX_CODE ? previousSeries(hi) : undefined,
        via: f.via,
        source: { file: cf.path, line, text: cf.text.split('\n')[line - 1].trim() },
      };
    }
  }
  return undefined;
}
