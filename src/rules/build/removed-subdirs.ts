import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { kbuildCalls } from '../../model/make/wrapper.js';

export default defineRule({
  id: 'build/removed-subdirs',
  severity: 'error',
  title: '`SUBDIRS=` was removed from kbuild in 5.3',
  why: "Kernels since 5.3 abort with \"'SUBDIRS' was removed in Linux 5.3, use 'M=' or 'KBUILD_EXTMOD='\", so the module does not build on any current kernel (kernel-facts §1).",
  fix: 'Replace `SUBDIRS=$(PWD)` with `M=$(CURDIR)`.',
  check(model) {
    const out: RawFinding[] = [];
    for (const mf of model.make.values()) {
      for (const call of kbuildCalls(mf)) {
        if (call.ext?.name !== 'SUBDIRS') continue;
        out.push({ file: mf.path, line: call.step.line, message: `SUBDIRS=${call.ext.value} fails on kernels 5.3 and later; use M=` });
      }
    }
    for (const conf of model.dkms) {
      for (const [name, values] of conf.vars) {
        if (name !== 'MAKE') continue;
        for (const v of values) {
          if (/\bSUBDIRS=/.test(v.value))
            out.push({
              file: conf.path,
              line: v.line,
              message: 'the dkms MAKE command passes SUBDIRS=, which fails on kernels 5.3 and later; use M=',
            });
        }
      }
    }
    return out;
  },
});
