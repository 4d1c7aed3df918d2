import { analyseCleanup } from '../../analysis/cleanup/module-analysis.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { at, callText } from './shared.js';

export default defineRule({
  id: 'cleanup/managed-manual-release',
  severity: 'error',
  title: 'A devm_/pcim_ resource released by hand',
  why: 'Managed (devm_/pcim_) resources are released by the driver core when the device detaches or probe fails; releasing one by hand as well frees it twice (Documentation/driver-api/driver-model/devres.rst; kernel-facts §5).',
  fix: 'Drop the manual release, or use the devm_ release function (devm_kfree, devm_free_irq ...) when it must go early.',
  check(model) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    const report = (
      file: string,
      release: { name: string; line: number; column: number },
      res: { call: Parameters<typeof callText>[0] },
    ) => {
      const key = `${file}:${release.line}:${release.column}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        ...at(file, release as Parameters<typeof at>[1]),
        message: `${release.name}() releases ${callText(res.call)} from line ${res.call.line}, which is managed and released again by the driver core: double free`,
      });
    };
    for (const m of analyseCleanup(model)) {
      for (const p of m.pairs) {
        for (const d of p.setup.doubleFrees) report(d.file, d.release, d.res);
        for (const rel of p.teardown?.releases ?? []) {
          if (!rel.kinds.length) continue;
          const res = p.setup.successManaged.find((r) => rel.kinds.includes(r.spec.kind) && r.handles.some((h) => rel.handles.includes(h)));
          // a devres input device may be unregistered by hand (input.c); only freeing it is a double free
          if (res && !(res.spec.kind === 'input_alloc' && rel.call.name !== 'input_free_device')) report(rel.file, rel.call, res);
        }
      }
    }
    return out;
  },
});
