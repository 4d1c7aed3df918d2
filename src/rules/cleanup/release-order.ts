import { ACQUIRE_SPECS } from '../../data/acquire-release.js';
import { analyseCleanup } from '../../analysis/cleanup/module-analysis.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { at } from './shared.js';
import type { TeardownRelease } from '../../analysis/cleanup/teardown.js';

const DEPENDS = ACQUIRE_SPECS.filter((s) => s.dependsOn?.length);

export default defineRule({
  id: 'cleanup/release-order',
  severity: 'warning',
  title: 'Exit releases a resource while one that depends on it is still live',
  why: 'Some releases must come in the reverse order of acquisition: destroying a class before its devices, freeing the char device region before `cdev_del`, or `free_netdev` before `unregister_netdev` frees what the later release still uses (kernel-facts §5).',
  fix: 'Release in the reverse order of acquisition: device_destroy before class_destroy, cdev_del before unregister_chrdev_region, unregister_netdev before free_netdev.',
  check(model) {
    const out: RawFinding[] = [];
    for (const m of analyseCleanup(model)) {
      for (const p of m.pairs) {
        // An order seen is wrong whatever the calls not followed do, so an inconclusive teardown is judged too.
        if (!p.teardown) continue;
        const kinds = new Set([...p.setup.successLive, ...p.setup.successTorn].map((r) => r.spec.kind));
        const rels = p.teardown.releases;
        for (const dep of DEPENDS) {
          if (!kinds.has(dep.kind)) continue;
          for (const base of dep.dependsOn ?? []) {
            if (!kinds.has(base)) continue;
            const firstBase = rels.findIndex((r) => r.kinds.includes(base) && !r.kinds.includes(dep.kind));
            if (firstBase < 0) continue;
            const early = rels[firstBase];
            const late = lastDependentAfter(rels, firstBase, dep.kind);
            if (!late) continue;
            out.push({
              ...at(early.file, early.call),
              message: `${early.call.name}() runs before ${late.call.name}() (line ${late.call.line}) in ${p.pair.teardown}: release the ${dep.kind} first, it depends on the ${base}`,
            });
          }
        }
      }
    }
    return out;
  },
});

/**
 * The last release of `kind` after `rels[from]` that can be of the same object: not a call made before it too (a
 * helper run once per object, `unregister; free` for each card, repeats its releases), and on the same side of a
 * driver's unregistration (an exit that frees the devices of its own list, then unregisters the driver whose remove
 * unregisters each bound device, releases two sets of objects).
 */
function lastDependentAfter(rels: readonly TeardownRelease[], from: number, kind: string): TeardownRelease | undefined {
  const early = rels[from];
  const before = new Set(rels.slice(0, from).map((r) => `${r.file}:${r.call.offset}`));
  for (let i = rels.length - 1; i > from; i--) {
    const r = rels[i];
    if (r.kinds.includes(kind) && !before.has(`${r.file}:${r.call.offset}`) && r.viaRemove === early.viaRemove) return r;
  }
  return undefined;
}
