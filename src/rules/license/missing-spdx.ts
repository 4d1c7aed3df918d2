import type { RepoModel } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { count, listFiles } from '../once.js';

/** Kernel files with text but no SPDX tag (user-space tools, tests and docs are not kernel files). */
export function untaggedKernelFiles(model: RepoModel): { kernel: string[]; missing: string[] } {
  const kernel = model.license.kernelFiles.filter((p) => (model.scan.files.get(p)?.text ?? '').trim() !== '');
  return { kernel, missing: kernel.filter((p) => !model.license.spdx.has(p)) };
}

export default defineRule({
  id: 'license/missing-spdx',
  // Nothing breaks without a tag: licence scanners and upstream review want it.
  severity: 'note',
  title: 'Kernel files without an SPDX licence tag',
  why: 'The kernel requires an `SPDX-License-Identifier` on the first line of every source, header, Makefile and Kconfig file (process/license-rules.rst); checkpatch warns without it and upstream will not take the file.',
  fix: 'Add `// SPDX-License-Identifier: GPL-2.0` (C), `/* SPDX-License-Identifier: GPL-2.0 */` (headers) or `# SPDX-License-Identifier: GPL-2.0` (Makefile, Kbuild, Kconfig) as the first line.',
  example: {
    bad: { 'hello.c': '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
    good: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
  },
  check(model) {
    const { kernel, missing } = untaggedKernelFiles(model);
    if (missing.length === 0) return [];
    // A repository-wide fact: said once, with the files listed.
    if (missing.length === kernel.length)
      return [{ message: `no kernel file has an SPDX-License-Identifier tag (${count(missing.length, 'file')}: ${listFiles(missing)})` }];
    return [
      {
        file: missing[0],
        line: 1,
        message: `${missing.length} of ${count(kernel.length, 'kernel file')} ${missing.length === 1 ? 'has' : 'have'} no SPDX-License-Identifier tag: ${listFiles(missing)}`,
      },
    ];
  },
});
