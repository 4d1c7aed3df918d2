import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { appendsKernelRelease, commandGoals, makeCommands, wrapperPath } from '../../model/dkms/make-command.js';
import { DKMS_INVOCATION, USER_INVOCATION, evalCondition, evalConditions } from '../../model/make/conditions.js';
import type { MakeFile, MakeRule } from '../../model/make/types.js';

const ordinary = (t: string) => !(t.startsWith('.') && !t.includes('/')) && !t.includes('%');

/** Rules make sees under `assume`. */
const visible = (mf: MakeFile, assume: typeof USER_INVOCATION) => mf.rules.filter((r) => evalConditions(r.conditions, assume) !== false);

export default defineRule({
  id: 'dkms/kernelrelease-breaks-make',
  severity: 'warning',
  title: 'dkms appends KERNELRELEASE= and the wrapper loses its targets',
  why: 'dkms runs a MAKE line that starts with `make` as `make KERNELRELEASE=<ver> ...`; a wrapper whose targets sit only under `ifeq ($(KERNELRELEASE),)` then reads as a kbuild file and stops with "No targets. Stop." (kernel-facts §7; rtl88x2bu#142, mt7601u#26).',
  fix: 'Split the wrapper on `KBUILD_MODULES` instead of `KERNELRELEASE`, call kbuild directly in dkms.conf (`make -C ${kernel_source_dir} M=${dkms_tree}/${PACKAGE_NAME}/${PACKAGE_VERSION}/build`), or quote the command (`MAKE[0]="\'make\' ..."`).',
  check(model) {
    const out: RawFinding[] = [];
    for (const conf of model.dkms) {
      for (const v of makeCommands(conf)) {
        if (!appendsKernelRelease(v.value)) continue;
        const path = wrapperPath(conf, v.value);
        const mf = path ? model.make.get(path) : undefined;
        if (!mf) continue;
        const user = visible(mf, USER_INVOCATION);
        const dkms = visible(mf, DKMS_INVOCATION);
        const goals = commandGoals(v.value);
        const has = (rules: MakeRule[], goal: string) => rules.some((r) => r.targets.includes(goal) || r.targets.includes('%'));
        const lost = goals.length
          ? goals.filter((g) => has(user, g) && !has(dkms, g))
          : dkms.some((r) => r.targets.some(ordinary)) || !user.some((r) => r.targets.some(ordinary))
            ? []
            : ['(default)'];
        if (lost.length === 0) continue;
        const hidden = user.find((r) => !dkms.includes(r));
        const cond = hidden?.conditions.find((c) => evalCondition(c, DKMS_INVOCATION) === false);
        out.push({
          file: mf.path,
          line: cond?.line ?? hidden?.line,
          message: `${conf.path}:${v.line} runs \`${v.value.trim()}\`; dkms adds KERNELRELEASE=<ver>, which hides ${lost[0] === '(default)' ? 'every target' : `the target${lost.length > 1 ? 's' : ''} ${lost.join(', ')}`} of ${mf.path}`,
        });
      }
    }
    return out;
  },
});
