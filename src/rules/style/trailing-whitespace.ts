import { defineRule } from '../rule.js';
import { STYLE_GOOD, styleExample } from './examples.js';
import { lineChecks } from './line-checks.js';
import { kernelCFiles, plural, summarise } from './per-file.js';

export default defineRule({
  id: 'style/trailing-whitespace',
  severity: 'note',
  title: 'Lines ending in spaces or tabs',
  why:
    'checkpatch reports `ERROR:TRAILING_WHITESPACE` on every such line, and the whitespace turns up as noise in ' +
    'every later diff of the line.',
  fix: "Strip it (`sed -i 's/[ \\t]*$//' file.c`) and let the editor trim on save.",
  example: styleExample(STYLE_GOOD.replace('return 0;', 'return 0;   ')),
  check(model) {
    return kernelCFiles(model).flatMap((file) => {
      return summarise(file.path, lineChecks(file).trailingWhitespace, (n) => `${plural(n, 'line ends', 'lines end')} in whitespace`);
    });
  },
});
