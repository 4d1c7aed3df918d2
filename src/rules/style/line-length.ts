import { defineRule } from '../rule.js';
import { STYLE_GOOD, styleExample } from './examples.js';
import { lineChecks, MAX_COLUMNS } from './line-checks.js';
import { kernelCFiles, plural, summarise } from './per-file.js';

export { MAX_COLUMNS, overflowIndex } from './line-checks.js';

const LONG = `static int hello_compute(int first_argument, int second_argument, int third_argument, int fourth_argument);\n`;

export default defineRule({
  id: 'style/line-length',
  severity: 'note',
  title: 'Lines longer than 100 columns',
  why:
    'coding-style.rst §2 prefers 80 columns and checkpatch reports lines over 100 (`LONG_LINE`, tabs counted as 8); ' +
    'long lines hide code in side-by-side review. User-visible strings are exempt: splitting them breaks grep.',
  fix: 'Break the line after an operator or comma, or move deep nesting into a helper function.',
  example: styleExample(STYLE_GOOD.replace('\nstatic int __init', `\n${LONG}\nstatic int __init`)),
  check(model) {
    return kernelCFiles(model).flatMap((file) => {
      return summarise(file.path, lineChecks(file).tooLong, (n) => `${plural(n, 'line', 'lines')} longer than ${MAX_COLUMNS} columns`);
    });
  },
});
