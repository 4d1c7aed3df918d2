import { isGplCompatibleModuleLicense } from '../../data/license-compat.js';
import type { CFile } from '../../model/c/types.js';
import { gplOnlyUse } from '../../model/license/gpl-symbols.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { builtInOnly } from '../../model/c/built-in-only.js';
import { quoteLicense } from './shared.js';

export default defineRule({
  id: 'license/gpl-only-symbol',
  severity: 'error',
  title: 'A module that is not GPL-compatible uses a GPL-only symbol',
  why: 'Symbols exported with EXPORT_SYMBOL_GPL resolve only for GPL-compatible modules: modpost stops the build with "GPL-incompatible module X.ko uses GPL-only symbol" and the loader refuses the symbol.',
  fix: 'Declare a GPL-compatible MODULE_LICENSE if the code may be distributed under the GPL-2.0, or stop using the GPL-only interface.',
  example: {
    bad: {
      'hello.c':
        '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n#include <linux/device.h>\nstatic struct class *c;\nstatic int __init hello_init(void)\n{\n\tc = class_create("hello");\n\treturn 0;\n}\nmodule_init(hello_init);\nMODULE_LICENSE("GPLv2");\n',
    },
    good: {
      'hello.c':
        '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n#include <linux/device.h>\nstatic struct class *c;\nstatic int __init hello_init(void)\n{\n\tc = class_create("hello");\n\treturn 0;\n}\nmodule_init(hello_init);\nMODULE_LICENSE("GPL");\n',
    },
  },
  check(model) {
    const out: RawFinding[] = [];
    for (const mod of model.modules) {
      // modpost checks every MODULE_LICENSE: one that is not GPL-compatible makes the module non-GPL.
      const lic = mod.licenses.find((l) => l.resolved && !isGplCompatibleModuleLicense(l.value));
      // Missing or unresolved licences are other rules' and the model's business.
      if (!lic) continue;
      const files = [...mod.sources, ...mod.headers].map((p) => model.c.get(p)).filter((f): f is CFile => !!f);
      const own = new Set(files.flatMap((f) => f.functions.map((fn) => fn.name)));
      const sites = files.flatMap((f) => [
        ...f.calls.map((c) => ({
          file: f.path,
          name: c.name,
          line: c.line,
          column: c.column,
          endLine: c.endLine,
          endColumn: c.endColumn,
          in: c.function,
        })),
        // Driver helper macros at file scope (module_platform_driver) expand to registration calls.
        ...f.macros.map((m) => ({
          file: f.path,
          name: m.name,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          in: undefined,
        })),
      ]);
      const reported = new Set<string>();
      for (const s of sites) {
        if (reported.has(s.name) || own.has(s.name)) continue;
        // Compiled only into the kernel image (`!defined(CONFIG_ZFS_MODULE)`): never part of the module modpost checks.
        if (builtInOnly(model.c.get(s.file)?.conditionsAt(s.line) ?? [])) continue;
        const use = gplOnlyUse(s.name);
        if (!use) continue;
        reported.add(s.name);
        const more = sites.filter((o) => o.name === s.name).length - 1;
        const via = use.via.length > 0 ? ` (it expands to ${[...new Set(use.via.map((v) => v.symbol))].join(', ')})` : '';
        out.push({
          file: s.file,
          line: s.line,
          column: s.column,
          endLine: s.endLine,
          endColumn: s.endColumn,
          message:
            `module ${mod.name} declares ${quoteLicense(lic.value)}, which is not GPL-compatible, but calls ${s.name}()` +
            `${s.in ? ` in ${s.in}()` : ''}${more > 0 ? ` (and ${more} more time${more > 1 ? 's' : ''})` : ''}${via}, ` +
            `exported GPL-only in Linux ${use.versions.join(' and ')}: modpost refuses to build the module`,
        });
      }
    }
    return out;
  },
});
