import { KERNEL_EXCEPTIONS, kernelIdKind } from '../../data/kernel-spdx.js';
import { familyOf } from '../../data/license-compat.js';
import type { SpdxTag } from '../../model/license/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { isKernelFile } from './shared.js';

export default defineRule({
  id: 'license/invalid-spdx',
  severity: 'error',
  title: 'SPDX tag that is not a valid expression or uses an id the kernel does not accept',
  why: 'Licence scanners and the kernel\'s scripts/spdxcheck.py read the tag literally: a misspelt id ("GPLv2") declares nothing, and the kernel accepts only the ids and exceptions listed in its LICENSES/ folder (process/license-rules.rst).',
  fix: 'Write a valid SPDX expression with kernel ids, e.g. `GPL-2.0`, `GPL-2.0-or-later`, `GPL-2.0 OR MIT`, `GPL-2.0 WITH Linux-syscall-note`.',
  example: {
    bad: { 'hello.c': '// SPDX-License-Identifier: GPLv2\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
    good: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
  },
  check(model) {
    const out: RawFinding[] = [];
    for (const tag of model.license.spdx.values()) {
      const problems = problemsOf(tag, isKernelFile(model.license, tag.file));
      if (problems.length === 0) continue;
      out.push({
        file: tag.file,
        line: tag.line,
        column: tag.column,
        message: `SPDX-License-Identifier "${tag.expression}": ${problems.join('; ')}`,
      });
    }
    return out;
  },
});

function problemsOf(tag: SpdxTag, kernel: boolean): string[] {
  const p = tag.parsed;
  if (tag.expression === '') return ['the tag has no licence expression'];
  if (p.error) return [`not a valid SPDX expression (${p.error})`];
  if (!kernel) return [];
  const problems: string[] = [];
  for (const id of p.ids) {
    const kind = kernelIdKind(id);
    if (!kind) problems.push(`${id} is not a licence the kernel accepts (see its LICENSES/ folder)`);
    // Dual-only licences must appear as the alternative to a GPL licence.
    else if (
      kind === 'dual' &&
      !p.alternatives.some((alt) => !alt.includes(id) && alt.some((a) => familyOf(a) === 'GPL-2.0' || familyOf(a) === 'LGPL-2'))
    ) {
      problems.push(`${id} is accepted by the kernel only as the alternative to a GPL licence (e.g. "GPL-2.0 OR ${id}")`);
    }
  }
  for (const ex of p.exceptions) {
    const allowed = KERNEL_EXCEPTIONS[ex];
    if (!allowed) problems.push(`${ex} is not an exception the kernel accepts`);
  }
  const withExc = [...tag.expression.matchAll(/([\w.+-]+)\s+WITH\s+([\w.+-]+)/gi)];
  for (const [, lic, ex] of withExc) {
    const allowed = KERNEL_EXCEPTIONS[ex];
    if (allowed && !allowed.includes(lic)) problems.push(`${ex} does not apply to ${lic}`);
  }
  return problems;
}
