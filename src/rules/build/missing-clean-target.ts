import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { offersGoal } from '../../model/make/targets.js';
import { kbuildCalls } from '../../model/make/wrapper.js';

export default defineRule({
  id: 'build/missing-clean-target',
  severity: 'warning',
  title: 'Wrapper has no `clean` target',
  why: 'kbuild leaves `.o`, `.ko`, `.mod.c`, `.cmd` files, `Module.symvers` and `modules.order` behind; without `make clean` handing over to kbuild (`$(MAKE) -C $(KDIR) M=$(CURDIR) clean`) users delete them by hand or commit them (kernel-facts §1).',
  fix: 'Add `clean:` with the recipe `$(MAKE) -C $(KDIR) M=$(CURDIR) clean`.',
  check(model) {
    const out: RawFinding[] = [];
    for (const mf of model.make.values()) {
      const calls = kbuildCalls(mf);
      if (calls.length === 0 || offersGoal(mf, ['clean', 'distclean', 'mrproper'])) continue;
      out.push({ file: mf.path, line: calls[0].rule.line, message: `${mf.path} builds through kbuild but has no clean target` });
    }
    return out;
  },
});
