import { KERNEL_EXCEPTIONS, kernelIdKind } from '../../data/kernel-spdx.js';
import { familyOf } from '../../data/license-compat.js';
import type { SpdxTag } from '../../model/license/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { count, listFiles } from '../once.js';
import { isKernelFile } from './shared.js';

export default defineRule({
  id: 'license/spdx-not-in-kernel',
  // A valid licence, rightly declared: it only keeps the code out of mainline as it stands.
  severity: 'note',
  title: 'Valid SPDX licence the kernel does not accept in-tree',
  why: 'The kernel accepts only the licences and exceptions of its LICENSES/ folder, some of them (CDDL-1.0, Apache-2.0, MPL-1.1) only as the alternative to a GPL licence (process/license-rules.rst). A module under another valid licence builds and loads, but cannot go upstream as it is.',
  fix: 'For upstream, offer the code under a kernel licence too, e.g. `GPL-2.0 OR CDDL-1.0`; out of tree nothing needs to change.',
  example: {
    bad: { 'hello.c': '// SPDX-License-Identifier: Apache-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
    good: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0 OR Apache-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
  },
  check(model) {
    // One finding per licence (or exception), listing the files that use it.
    const byProblem = new Map<string, { tags: SpdxTag[] }>();
    for (const tag of model.license.spdx.values()) {
      if (tag.expression === '' || tag.parsed.error || !isKernelFile(model.license, tag.file)) continue;
      for (const problem of problemsOf(tag)) {
        const g = byProblem.get(problem) ?? { tags: [] };
        g.tags.push(tag);
        byProblem.set(problem, g);
      }
    }
    const out: RawFinding[] = [];
    for (const [problem, { tags }] of byProblem) {
      const [first] = tags;
      out.push({
        file: first.file,
        line: first.line,
        column: first.column,
        message: `${problem} (${count(tags.length, 'file')}: ${listFiles(tags.map((t) => t.file))})`,
      });
    }
    return out;
  },
});

function problemsOf(tag: SpdxTag): string[] {
  const p = tag.parsed;
  const problems: string[] = [];
  for (const id of p.ids) {
    const kind = kernelIdKind(id);
    if (!kind) problems.push(`${id} is a valid SPDX licence that the kernel's LICENSES/ does not carry`);
    // Dual-only licences must appear as the alternative to a GPL licence.
    else if (
      kind === 'dual' &&
      !p.alternatives.some((alt) => !alt.includes(id) && alt.some((a) => familyOf(a) === 'GPL-2.0' || familyOf(a) === 'LGPL-2'))
    ) {
      problems.push(`${id} is accepted by the kernel only as the alternative to a GPL licence (e.g. "GPL-2.0 OR ${id}")`);
    }
  }
  for (const ex of p.exceptions) {
    if (!KERNEL_EXCEPTIONS[ex]) problems.push(`${ex} is not an exception the kernel accepts`);
  }
  for (const [, lic, ex] of tag.expression.matchAll(/([\w.+-]+)\s+WITH\s+([\w.+-]+)/gi)) {
    const allowed = KERNEL_EXCEPTIONS[ex];
    if (allowed && !allowed.includes(lic)) problems.push(`${ex} does not apply to ${lic}`);
  }
  return problems;
}
