import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { offersGoal } from '../../model/make/targets.js';
import { kbuildCalls } from '../../model/make/wrapper.js';

export default defineRule({
  id: 'build/missing-install-target',
  severity: 'note',
  title: 'No install path',
  why: '`make -C <kdir> M=<dir> modules_install` puts the module under `/lib/modules/<release>/extra/` where modprobe and depmod find it; without an install target or a dkms.conf, users copy `.ko` files by hand and lose them at the next kernel update (kernel-facts §1, §7).',
  fix: 'Add `modules_install:` with `$(MAKE) -C $(KDIR) M=$(CURDIR) modules_install`, or ship a dkms.conf.',
  check(model) {
    if (model.dkms.length > 0 || [...model.scan.files.keys()].some((p) => /(^|\/)dkms\.conf$/.test(p))) return [];
    const out: RawFinding[] = [];
    for (const mf of model.make.values()) {
      const calls = kbuildCalls(mf);
      if (calls.length === 0 || offersGoal(mf, ['install', 'modules_install'])) continue;
      out.push({
        file: mf.path,
        line: calls[0].rule.line,
        message: `${mf.path} offers no install or modules_install target and there is no dkms.conf`,
      });
    }
    return out;
  },
});
