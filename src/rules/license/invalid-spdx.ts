import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { count, groupBy, listFiles } from '../once.js';

export default defineRule({
  id: 'license/invalid-spdx',
  severity: 'error',
  title: 'SPDX tag that is not a valid SPDX expression',
  why: 'Licence scanners and the kernel\'s scripts/spdxcheck.py read the tag literally: a misspelt id ("GPLv2") or a broken expression declares no licence at all (process/license-rules.rst). Valid ids the kernel does not carry are `license/spdx-not-in-kernel`.',
  fix: 'Write a valid SPDX expression, e.g. `GPL-2.0`, `GPL-2.0-or-later`, `GPL-2.0 OR MIT`, `GPL-2.0 WITH Linux-syscall-note`.',
  example: {
    bad: { 'hello.c': '// SPDX-License-Identifier: GPLv2\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
    good: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
  },
  check(model) {
    const bad = [...model.license.spdx.values()].filter((t) => t.expression === '' || t.parsed.error);
    const out: RawFinding[] = [];
    // The same broken expression in many files is one fact: reported once, at its first file.
    for (const [expression, tags] of groupBy(bad, (t) => t.expression)) {
      const [first] = tags;
      const why = expression === '' ? 'the tag has no licence expression' : `not a valid SPDX expression (${first.parsed.error})`;
      const where = tags.length > 1 ? ` (${count(tags.length, 'file')}: ${listFiles(tags.map((t) => t.file))})` : '';
      out.push({
        file: first.file,
        line: first.line,
        column: first.column,
        message: `SPDX-License-Identifier "${expression}": ${why}${where}`,
      });
    }
    return out;
  },
});
