import { defineRule } from '../rule.js';

export default defineRule({
  id: 'license/missing-spdx',
  severity: 'warning',
  title: 'Kernel file without an SPDX licence tag',
  why: 'The kernel requires an `SPDX-License-Identifier` on the first line of every source, header, Makefile and Kconfig file (process/license-rules.rst); checkpatch warns without it and upstream will not take the file.',
  fix: 'Add `// SPDX-License-Identifier: GPL-2.0` (C), `/* SPDX-License-Identifier: GPL-2.0 */` (headers) or `# SPDX-License-Identifier: GPL-2.0` (Makefile, Kbuild, Kconfig) as the first line.',
  example: {
    bad: { 'hello.c': '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
    good: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
  },
  check(model) {
    // kernelFiles already leaves out user-space tools, tests and docs.
    return model.license.kernelFiles
      .filter((p) => !model.license.spdx.has(p) && (model.scan.files.get(p)?.text ?? '').trim() !== '')
      .map((p) => ({ file: p, line: 1, message: `${p} has no SPDX-License-Identifier tag` }));
  },
});
