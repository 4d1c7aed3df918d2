import { defineRule } from '../rule.js';
import { STYLE_GOOD, styleExample } from './examples.js';
import { lineChecks } from './line-checks.js';
import { kernelCFiles, plural, summarise } from './per-file.js';

export default defineRule({
  id: 'style/indent-spaces',
  severity: 'note',
  title: 'Code indented with spaces instead of tabs',
  why:
    'Kernel code is indented with tabs, 8 columns wide (process/coding-style.rst §1); checkpatch reports ' +
    '`ERROR:CODE_INDENT` for 8 leading spaces and `WARNING:LEADING_SPACE`, so a patch indented with spaces is ' +
    'sent back before anyone reads it.',
  fix: 'Re-indent with tabs (e.g. `unexpand --first-only -t 8`, or your editor with tab width 8 and no expandtab).',
  example: styleExample(STYLE_GOOD.replace('\tpr_info', '    pr_info').replace('\treturn 0', '    return 0')),
  check(model) {
    return kernelCFiles(model).flatMap((file) => {
      return summarise(file.path, lineChecks(file).badIndent, (n) => `${plural(n, 'line', 'lines')} indented with spaces`);
    });
  },
});
