import type { CFile } from '../../model/c/types.js';
import { defineRule } from '../rule.js';
import { STYLE_GOOD, styleExample } from './examples.js';
import { kernelCFiles, plural, summarise } from './per-file.js';

// As checkpatch: `printk(` not followed by a KERN_<LEVEL>; searched in code with comments and strings
// blanked, across line breaks (the level may sit on the next line).
// The lookahead trick `(?=(\s*))\1` takes all the whitespace at once (no backtracking into it).
const PRINTK_NO_LEVEL = /\bprintk\s*\((?=(\s*))\1(?!KERN_[A-Z]+\b)/g;
const IDENT_AT = /[A-Za-z_]\w*/y;

/**
 * `printk(severity PFX "..." ...)` in `#define dprintk(level, severity, ...)`: the level is the macro's
 * argument, so only the macro's callers can show whether it has one.
 */
function levelFromMacroParameter(file: CFile, offset: number, first: string | undefined): boolean {
  if (!first) return false;
  let start = file.text.lastIndexOf('\n', offset - 1) + 1;
  // back over the lines this one continues (`\` at the end of the previous line)
  while (start > 0 && /\\\r?\n$/.test(file.text.slice(Math.max(0, start - 3), start))) start = file.text.lastIndexOf('\n', start - 2) + 1;
  const define = /^[ \t]*#[ \t]*define[ \t]+\w+\(([^)]*)\)/.exec(file.text.slice(start, offset));
  return !!define && define[1].split(',').some((p) => p.trim() === first);
}

export default defineRule({
  id: 'style/printk-without-level',
  severity: 'note',
  title: '`printk()` without a `KERN_<LEVEL>`',
  why:
    'A `printk()` without a level is logged at the default level, so `dmesg --level` and console filtering cannot ' +
    'place it; checkpatch reports `PRINTK_WITHOUT_KERN_LEVEL` and prefers `pr_info()`, `pr_err()` or `dev_*()` ' +
    '(process/coding-style.rst §13).',
  fix: 'Use `pr_info()`/`pr_warn()`/`pr_err()` (or `dev_*()` with a device), or add `KERN_INFO` and friends.',
  example: styleExample(STYLE_GOOD.replace('pr_info("hello', 'printk("hello')),
  check(model) {
    return kernelCFiles(model).flatMap((file) => {
      const calls = [...file.code.matchAll(PRINTK_NO_LEVEL)].filter((m) => {
        IDENT_AT.lastIndex = m.index + m[0].length;
        return !levelFromMacroParameter(file, m.index, IDENT_AT.exec(file.code)?.[0]);
      });
      const lines = [...new Set(calls.map((m) => file.lineAt(m.index)))];
      return summarise(file.path, lines, (n) => `${plural(n, 'printk() call', 'printk() calls')} without a KERN_<LEVEL>`);
    });
  },
});
