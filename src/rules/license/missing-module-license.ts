import { moduleAnchor, sourcesRead } from '../docs/module-anchor.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'license/missing-module-license',
  severity: 'error',
  title: 'A module has no MODULE_LICENSE',
  why: 'Since Linux 5.11 modpost stops the build with an error for a module without `MODULE_LICENSE()` (commit 1d6cd3929360); older kernels load it as proprietary, tainted and without GPL-only symbols.',
  fix: 'Add `MODULE_LICENSE("GPL");` (or the string that matches your licence) to the module\'s main source.',
  example: {
    bad: {
      'hello.c':
        '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nstatic int __init hello_init(void) { return 0; }\nmodule_init(hello_init);\n',
      Makefile: '# SPDX-License-Identifier: GPL-2.0\nobj-m := hello.o\n',
    },
    good: {
      'hello.c':
        '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nstatic int __init hello_init(void) { return 0; }\nmodule_init(hello_init);\nMODULE_LICENSE("GPL");\n',
      Makefile: '# SPDX-License-Identifier: GPL-2.0\nobj-m := hello.o\n',
    },
  },
  check(model) {
    return model.modules
      .filter((mod) => sourcesRead(mod) && !mod.license)
      .map((mod) => ({
        ...moduleAnchor(mod),
        message: `module ${mod.name} has no MODULE_LICENSE(): modpost refuses to build it since Linux 5.11`,
      }));
  },
});
