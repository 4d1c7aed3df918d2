import { defineRule } from '../rule.js';

export default defineRule({
  id: 'build/compile-warning',
  severity: 'warning',
  title: 'Compiler or modpost warning against a kernel',
  why: 'Warnings of a `W=1` build (and modpost warnings such as a missing MODULE_DESCRIPTION or section mismatches) are what upstream review and newer compilers turn into errors; `-Werror` kernels already do.',
  fix: 'Fix the warning at the reported line for that kernel.',
  check(model) {
    return (model.buildResults ?? []).flatMap((r) =>
      r.findings.filter((f) => f.ruleId === 'build/compile-warning').map(({ ruleId: _, ...f }) => f),
    );
  },
});
