import type { SpdxTag } from '../../model/license/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { count, listFiles } from '../once.js';
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
    // A repository writes its tags one way: each way of getting it wrong is one finding listing its files.
    const groups = new Map<string, { file: string; line: number; column: number }[]>();
    for (const tag of model.license.spdx.values()) {
      if (!isKernelFile(model.license, tag.file)) continue;
      for (const problem of [misplacedKind(tag), wrongStyle(tag)]) {
        if (!problem) continue;
        groups.set(problem, [...(groups.get(problem) ?? []), tag]);
      }
    }
    const out: RawFinding[] = [];
    for (const [problem, tags] of groups) {
      const [first] = tags;
      const one = tags.length === 1;
      const files = one ? first.file : `${count(tags.length, 'file')}: ${listFiles(tags.map((t) => `${t.file}:${t.line}`))}`;
      out.push({ file: first.file, line: first.line, column: first.column, message: `SPDX tag ${problem} (${files})` });
    }
    return out;
  },
});

/** The kind of misplacement, without the file's own line number, so files group by it. */
function misplacedKind(tag: SpdxTag): string | undefined {
  const want = tag.shebang ? 2 : 1;
  if (tag.line === want) return undefined;
  return tag.shebang ? 'is not on line 2, right after the #! line' : 'is not on line 1';
}

/** The comment a file type's tag uses (license-rules.rst), or undefined when the rules say nothing. */
export function expectedStyle(path: string): { style: string; example: string; kind: string } | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (/\.(c|dts)$/.test(base)) return { style: '//', example: '// SPDX-License-Identifier: ...', kind: '.c files' };
  if (/\.(h|S|s|lds)$/.test(base)) return { style: '/*', example: '/* SPDX-License-Identifier: ... */', kind: 'headers and assembly' };
  if (/^(Makefile|makefile|GNUmakefile|Kbuild|Kconfig.*)$/.test(base) || /\.(mk|sh|py|pl)$/.test(base))
    return { style: '#', example: '# SPDX-License-Identifier: ...', kind: 'build files and scripts' };
  if (/\.rst$/.test(base)) return { style: '..', example: '.. SPDX-License-Identifier: ...', kind: '.rst files' };
  return undefined;
}

function wrongStyle(tag: SpdxTag): string | undefined {
  const want = expectedStyle(tag.file);
  if (!want) return undefined;
  // A `/*` tag may open a longer comment (`/* SPDX-License-Identifier: GPL-2.0\n * Copyright ...`), as in the kernel.
  if (tag.style === want.style) return undefined;
  const used = tag.style === '' ? 'no comment marker' : `"${tag.style}"`;
  return `uses ${used} in ${want.kind}, which take \`${want.example}\``;
}
