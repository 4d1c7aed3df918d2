import { releaseFor } from '../../data/acquire-release.js';
import { analyseCleanup } from '../../analysis/cleanup/module-analysis.js';
import { releases } from '../../analysis/cleanup/teardown.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { at, callText, moduleOwned } from './shared.js';

const REF_DROPS = /^(device_unregister|put_device|kobject_put|kref_put|platform_device_unregister|platform_device_put|device_destroy)$/;
const MEMORY = new Set(['kmalloc', 'vmalloc', 'kvmalloc']);

export default defineRule({
  id: 'cleanup/exit-missing-release',
  severity: 'error',
  title: 'Acquired in init, never released in exit',
  why: 'What init or probe acquires must be released by exit or remove; otherwise unloading the module leaks it, and a registration left behind points at freed module code, which crashes the kernel on the next use or reload (kernel-facts §5).',
  fix: 'Release it in the exit/remove function, in the reverse order of acquisition.',
  check(model) {
    const out: RawFinding[] = [];
    for (const m of analyseCleanup(model)) {
      for (const p of m.pairs) {
        if (!p.teardown || p.teardown.refuses || p.teardown.inconclusive.length || p.setup.inconclusive.length) continue;
        const teardown = p.teardown;
        // dropping a device or kobject reference runs its release callback, which usually frees memory
        const all = [...teardown.releases, ...(teardown.indirect ?? [])];
        const dropsRefs = all.some((rel) => REF_DROPS.test(rel.call.name));
        // A probe two drivers share (mt7915's PCI driver and its second interface's) takes another branch for each:
        // which of its acquisitions goes with which remove is not known, so one released by either is not reported.
        const siblings = p.otherTeardowns ?? [];
        for (const r of p.setup.successLive) {
          if (all.some((rel) => releases(rel, r)) || siblings.some((rel) => releases(rel, r)) || moduleOwned(model, m, p, r)) continue;
          if (dropsRefs && MEMORY.has(r.spec.kind)) continue;
          out.push({
            ...at(r.file, r.call),
            message: `${callText(r.call)} at line ${r.call.line} (in ${r.fn}) is never released in ${p.pair.teardown}: call ${releaseFor(r.spec, r.call.name)}() there`,
          });
        }
      }
    }
    return out;
  },
});
