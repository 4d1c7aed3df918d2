import { defineRule } from '../rule.js';

export default defineRule({
  id: 'build/compile-error',
  severity: 'error',
  title: 'Does not build against a kernel',
  why: 'Build mode ran `make -C <headers> M=<copy> modules W=1` against each header tree; an error there means users of that kernel cannot build the module at all (kernel-facts §6 lists the API changes behind most of them).',
  fix: 'Fix the reported error for that kernel (often an API change: see compat/removed-api) and rebuild against every supported kernel.',
  check(model) {
    return (model.buildResults ?? []).flatMap((r) =>
      r.findings.filter((f) => f.ruleId === 'build/compile-error').map(({ ruleId: _, ...f }) => f),
    );
  },
});
