import { defineRule } from '../rule.js';

export default defineRule({
  id: 'style/checkpatch',
  severity: 'note',
  title: 'Reports of checkpatch.pl (only with --checkpatch PATH)',
  why:
    'checkpatch.pl is what kernel maintainers run on every patch (process/submitting-patches.rst); its ERRORs and ' +
    'WARNINGs are the first review comments a submission gets. lkm-audit runs the copy you give it with ' +
    '`--no-tree --terse --file` on the kernel C files and reports once per file and checkpatch type.',
  fix: 'Fix what checkpatch reports (its `--fix-inplace` option rewrites many whitespace issues), or leave out a type with `--ignore TYPE` in `.checkpatch.conf`.',
  // The findings come from src/checkpatch (an external program, run through the audit's extraFindings
  // hook); the rule carries the metadata, severity and documentation.
  check() {
    return [];
  },
});
