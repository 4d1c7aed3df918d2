import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { kbuildCalls } from '../../model/make/wrapper.js';

export default defineRule({
  id: 'build/pwd-in-m',
  severity: 'note',
  title: '`M=$(PWD)` instead of `M=$(CURDIR)`',
  why: "`$(PWD)` is the caller's directory, not the Makefile's: `make -C path/to/module` then hands kbuild the wrong folder. `$(CURDIR)` is always the Makefile's own directory (GNU make; kernel-facts §1).",
  fix: 'Write `M=$(CURDIR)` (or define `PWD := $(shell pwd)` first).',
  check(model) {
    const out: RawFinding[] = [];
    for (const mf of model.make.values()) {
      // A file that sets PWD itself (`PWD := $(shell pwd)`) gets the right folder.
      if (mf.assignments.some((a) => a.name === 'PWD')) continue;
      for (const call of kbuildCalls(mf)) {
        if (call.ext?.name !== 'M' || !/^\$[({]PWD[)}]\/?$/.test(call.ext.value)) continue;
        out.push({
          file: mf.path,
          line: call.step.line,
          message: `M=${call.ext.value} is wrong when make runs with -C from another folder; use M=$(CURDIR)`,
        });
      }
    }
    return out;
  },
});
