import { isGplCompatibleModuleLicense, isKnownModuleLicense } from '../../data/license-compat.js';
import { namesNonGplLicence } from '../../model/license/module-license.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { quoteLicense } from './shared.js';

export default defineRule({
  id: 'license/non-gpl-module',
  // Loading it taints the kernel and modpost refuses GPL-only symbols: the repository's headline fact.
  severity: 'error',
  title: 'Module licence not GPL-compatible',
  why: 'modpost reads every MODULE_LICENSE of a module and marks it non-GPL if any one is not GPL-compatible (license_is_gpl_compatible()): the module taints the kernel (P) when loaded, cannot use EXPORT_SYMBOL_GPL symbols, and bug reports against a tainted kernel are usually ignored upstream.',
  fix: 'If the code may be distributed under the GPL-2.0, declare it with "GPL" (or a dual string such as "Dual MIT/GPL"); otherwise document the taint for users.',
  example: {
    bad: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("Proprietary");\n' },
    good: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
  },
  check(model) {
    const out: RawFinding[] = [];
    for (const mod of model.modules) {
      for (const lic of mod.licenses) {
        if (!lic.resolved || isGplCompatibleModuleLicense(lic.value)) continue;
        // Misspelt GPL strings ("GPLv2") are license/unknown-module-license.
        if (!isKnownModuleLicense(lic.value) && !namesNonGplLicence(lic.value)) continue;
        const written = lic.raw ? `MODULE_LICENSE(${lic.raw.trim()}), which resolves to "${lic.value}"` : quoteLicense(lic.value);
        const others = mod.licenses.filter((l) => l !== lic && l.resolved).map((l) => `"${l.value}"`);
        const besides = others.length
          ? ` (besides ${[...new Set(others)].join(', ')}: modpost marks the module non-GPL if any one is)`
          : '';
        out.push({
          file: lic.file,
          line: lic.line,
          column: lic.column,
          message: `module ${mod.name} declares ${written}${besides}: loading it taints the kernel (P) and it cannot use GPL-only symbols`,
        });
      }
    }
    return out;
  },
});
