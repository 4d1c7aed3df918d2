import { isGplCompatibleModuleLicense, isKnownModuleLicense } from '../../data/license-compat.js';
import { defineRule } from '../rule.js';
import { quoteLicense } from './shared.js';

export default defineRule({
  id: 'license/non-gpl-module',
  severity: 'warning',
  title: 'Module declared not GPL-compatible',
  why: 'A module with MODULE_LICENSE("Proprietary") taints the kernel (P) when loaded, cannot use EXPORT_SYMBOL_GPL symbols, and bug reports against a tainted kernel are usually ignored upstream.',
  fix: 'If the code may be distributed under the GPL-2.0, declare it with "GPL" (or a dual string such as "Dual MIT/GPL").',
  example: {
    bad: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("Proprietary");\n' },
    good: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
  },
  check(model) {
    return model.modules
      .filter((mod) => mod.license?.resolved && isKnownModuleLicense(mod.license.value) && !isGplCompatibleModuleLicense(mod.license.value))
      .map((mod) => {
        const lic = mod.license!;
        return {
          file: lic.file,
          line: lic.line,
          column: lic.column,
          message: `module ${mod.name} declares ${quoteLicense(lic.value)}: loading it taints the kernel (P) and it cannot use GPL-only symbols`,
        };
      });
  },
});
