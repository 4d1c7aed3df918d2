import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'build/circular-composite',
  severity: 'error',
  title: 'Composite module named like one of its parts',
  why: 'With `obj-m := hello.o` and `hello-y := hello.o util.o`, make reports "Circular hello.o <- hello.o dependency dropped" and the build fails on 6.1 and 6.12 alike (kernel-facts §1, tested).',
  fix: 'Rename the module or the source: `obj-m := hello.o`, `hello-y := hello_main.o util.o`.',
  check(model) {
    const out: RawFinding[] = [];
    for (const e of model.objEntries) {
      if (e.subdir || !e.parts.includes(`${e.name}.o`)) continue;
      out.push({
        file: e.partsFile ?? e.file,
        line: e.partsLine ?? e.line,
        message: `module ${e.name} lists ${e.name}.o among its own parts; kbuild drops the circular dependency and the build fails (rename ${e.name}.c)`,
      });
    }
    return out;
  },
});
