import type { RepoModel } from '../../model/types.js';
import type { RawFinding } from '../../types.js';
import { ModuleFunctions } from '../../analysis/cleanup/entry-functions.js';
import { defineRule } from '../rule.js';

function calledElsewhere(model: RepoModel, sources: string[], name: string): boolean {
  const named = (n: string) => n === name;
  return sources.some((p) =>
    model.c
      .get(p)
      ?.callsNamed(named)
      .some((c) => c.function !== undefined && c.function !== name),
  );
}

export default defineRule({
  id: 'cleanup/missing-section-annotation',
  severity: 'note',
  title: 'Init without __init, exit without __exit',
  why: "`__init` code is freed once the module is loaded and `__exit` code is dropped when it can never run; without the annotations that memory stays in use for the module's whole life (include/linux/init.h; kernel-facts §4).",
  fix: 'Declare the init function `static int __init name(void)` and the exit function `static void __exit name(void)`.',
  check(model) {
    const out: RawFinding[] = [];
    for (const m of model.modules) {
      const fns = new ModuleFunctions(model, m);
      for (const [entry, macro, want] of [
        [m.init, 'module_init', '__init'],
        [m.exit, 'module_exit', '__exit'],
      ] as const) {
        if (!entry || entry.via !== macro) continue;
        const found = fns.find(entry.function, entry.file);
        if (!found || found.def.annotations.includes(want)) continue;
        // an exit function that init also calls on failure must stay in normal text
        if (want === '__exit' && calledElsewhere(model, m.sources, entry.function)) continue;
        out.push({
          file: found.file.path,
          line: found.def.line,
          column: found.def.column,
          message: `${entry.function} is the module's ${macro === 'module_init' ? 'init' : 'exit'} function but is not marked ${want}`,
        });
      }
    }
    return out;
  },
});
