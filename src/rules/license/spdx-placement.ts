import type { SpdxTag } from '../../model/license/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { isKernelFile } from './shared.js';

export default defineRule({
  id: 'license/spdx-placement',
  severity: 'note',
  title: 'SPDX tag in the wrong place or comment style',
  why: "The kernel's license-rules.rst fixes where the tag goes (first line, second after `#!`) and its comment style (`//` in .c, `/* */` in headers and assembly, `#` in Makefile, Kbuild and Kconfig), so tools can find it without parsing; checkpatch reports other forms.",
  fix: 'Move the tag to the first line (second after a `#!` line) in the comment style of the file type.',
  example: {
    bad: { 'hello.c': '/* SPDX-License-Identifier: GPL-2.0 */\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
    good: { 'hello.c': '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' },
  },
  check(model) {
    const out: RawFinding[] = [];
    for (const tag of model.license.spdx.values()) {
      if (!isKernelFile(model.license, tag.file)) continue;
      const problems = [misplaced(tag), wrongStyle(tag)].filter((p): p is string => !!p);
      if (problems.length === 0) continue;
      out.push({ file: tag.file, line: tag.line, column: tag.column, message: `SPDX tag ${problems.join(', and ')}` });
    }
    return out;
  },
});

function misplaced(tag: SpdxTag): string | undefined {
  const want = tag.shebang ? 2 : 1;
  if (tag.line === want) return undefined;
  return `is on line ${tag.line}; it belongs on line ${want}${tag.shebang ? ', right after the #! line' : ''}`;
}

/** The comment a file type's tag uses (license-rules.rst), or undefined when the rules say nothing. */
export function expectedStyle(path: string): { style: string; example: string } | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (/\.(c|dts)$/.test(base)) return { style: '//', example: '// SPDX-License-Identifier: ...' };
  if (/\.(h|S|s|lds)$/.test(base)) return { style: '/*', example: '/* SPDX-License-Identifier: ... */' };
  if (/^(Makefile|makefile|GNUmakefile|Kbuild|Kconfig.*)$/.test(base) || /\.(mk|sh|py|pl)$/.test(base))
    return { style: '#', example: '# SPDX-License-Identifier: ...' };
  if (/\.rst$/.test(base)) return { style: '..', example: '.. SPDX-License-Identifier: ...' };
  return undefined;
}

function wrongStyle(tag: SpdxTag): string | undefined {
  const want = expectedStyle(tag.file);
  if (!want) return undefined;
  // A `/*` tag may open a longer comment (`/* SPDX-License-Identifier: GPL-2.0\n * Copyright ...`), as in the kernel.
  if (tag.style === want.style) return undefined;
  const used = tag.style === '' ? 'no comment marker' : `"${tag.style}"`;
  return `uses ${used}; this file type takes \`${want.example}\``;
}
