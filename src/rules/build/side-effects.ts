import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { commandNames, defaultGoalRules } from '../../model/make/wrapper.js';

const EFFECTS = new Set(['sudo', 'insmod', 'rmmod', 'modprobe', 'depmod']);

export default defineRule({
  id: 'build/side-effects',
  severity: 'warning',
  title: 'Plain `make` changes the running system',
  why: 'Users, CI and dkms run plain `make` expecting a build; a default target that calls sudo, insmod, rmmod, modprobe or depmod asks for root, loads code into the running kernel or fails in containers and build chroots.',
  fix: 'Keep the default target a build (`$(MAKE) -C $(KDIR) M=$(CURDIR) modules`) and move loading to separate targets such as `load:` and `install:`.',
  check(model) {
    const out: RawFinding[] = [];
    for (const mf of model.make.values()) {
      if (mf.kind !== 'Makefile') continue;
      for (const rule of defaultGoalRules(mf)) {
        for (const step of rule.recipe) {
          const hits = [...new Set(commandNames(step.text).filter((c) => EFFECTS.has(c)))];
          if (hits.length === 0) continue;
          out.push({
            file: mf.path,
            line: step.line,
            message: `the default target${rule.targets[0] !== mf.defaultTarget ? ` (through ${rule.targets[0]})` : ''} runs ${hits.join(', ')}`,
          });
        }
      }
    }
    return out;
  },
});
