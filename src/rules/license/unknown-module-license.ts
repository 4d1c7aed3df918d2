import { isKnownModuleLicense } from '../../data/license-compat.js';
import { namesNonGplLicence, suggestModuleLicense } from '../../model/license/module-license.js';
import { defineRule } from '../rule.js';
import { quoteLicense } from './shared.js';

export default defineRule({
  id: 'license/unknown-module-license',
  severity: 'error',
  title: 'MODULE_LICENSE string the kernel does not recognise',
  why: 'The kernel compares the string exactly (license_is_gpl_compatible()); any other spelling, such as "GPLv2" or "GPL-2.0", counts as proprietary: loading taints the kernel (P), GPL-only symbols stay unavailable, and modpost refuses to build a module that uses one.',
  fix: 'Use one of "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL" (or "Proprietary").',
  example: {
    bad: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPLv2");\n' },
    good: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
  },
  check(model) {
    const out = [];
    for (const mod of model.modules) {
      for (const lic of mod.licenses) {
        // An unresolved macro is the model's note, never a guess here; a real non-GPL licence is license/non-gpl-module.
        if (!lic.resolved || isKnownModuleLicense(lic.value) || namesNonGplLicence(lic.value)) continue;
        const suggestion = suggestModuleLicense(lic.value);
        out.push({
          file: lic.file,
          line: lic.line,
          column: lic.column,
          message:
            `${quoteLicense(lic.value)} is not a licence string the kernel recognises, so it treats module ${mod.name} as proprietary: ` +
            'loading it taints the kernel (P), GPL-only symbols are not available to it, and modpost refuses to build it if it uses one' +
            (suggestion ? `; use "${suggestion}"` : ''),
        });
      }
    }
    return out;
  },
});
