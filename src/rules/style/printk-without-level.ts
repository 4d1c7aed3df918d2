import { defineRule } from '../rule.js';
import { STYLE_GOOD, styleExample } from './examples.js';
import { kernelCFiles, plural, summarise } from './per-file.js';

// As checkpatch: `printk(` not followed by a KERN_<LEVEL>; searched in code with comments and strings
// blanked, across line breaks (the level may sit on the next line).
// The lookahead trick `(?=(\s*))\1` takes all the whitespace at once (no backtracking into it).
const PRINTK_NO_LEVEL = /\bprintk\s*\((?=(\s*))\1(?!KERN_[A-Z]+\b)/g;

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
      const lines = [...new Set([...file.code.matchAll(PRINTK_NO_LEVEL)].map((m) => file.lineAt(m.index)))];
      return summarise(file.path, lines, (n) => `${plural(n, 'printk() call', 'printk() calls')} without a KERN_<LEVEL>`);
    });
  },
});
