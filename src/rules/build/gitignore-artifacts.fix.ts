// Fix for build/gitignore-artifacts: the kernel's own patterns for kbuild outputs appended to the .gitignore the
// finding names (or a new .gitignore at the root), each pattern only once.

import { fileLines, insertLines } from '../../fix/lines.js';
import type { Fixer } from '../../fix/types.js';

/** What the kernel's top-level .gitignore lists for module builds (kernel-facts §1). */
export const KBUILD_IGNORES = [
  '*.o',
  '*.o.*',
  '*.ko',
  '*.mod',
  '*.mod.c',
  '.*.cmd',
  '.*.d',
  '.tmp_versions/',
  'Module.symvers',
  'modules.order',
];

const fix: Fixer = (model, f) => {
  if (!f.file) {
    if (model.scan.files.has('.gitignore')) return [];
    return [{ file: '.gitignore', line: 1, count: 0, old: [], lines: ['# kbuild outputs', ...KBUILD_IGNORES], create: true }];
  }
  const lines = fileLines(model, f.file);
  if (!lines) return [];
  const have = new Set(lines.map((l) => l.trim()));
  const add = KBUILD_IGNORES.filter((p) => !have.has(p) && !have.has(`/${p}`));
  if (add.length === 0) return [];
  const gap = lines.length > 0 && lines[lines.length - 1].trim() !== '' ? [''] : [];
  const edit = insertLines(model, f.file, lines.length + 1, [...gap, '# kbuild outputs', ...add]);
  return edit ? [edit] : [];
};

export default fix;
