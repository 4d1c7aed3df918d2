import { defineRule } from '../rule.js';
import { HELLO_C, HELLO_MAKEFILE } from './examples.js';
import { moduleAnchor, sourcesRead } from './module-anchor.js';

export default defineRule({
  id: 'docs/missing-module-description',
  severity: 'warning',
  title: 'A module has no MODULE_DESCRIPTION',
  why:
    '`modinfo` shows the description to users and packagers, and since Linux 6.5 modpost warns about a module ' +
    'without `MODULE_DESCRIPTION()` when built with `W=1` (commit 1fffe7a34c89); upstream expects one.',
  fix: 'Add `MODULE_DESCRIPTION("what the module does");` next to `MODULE_LICENSE`.',
  example: {
    bad: { 'hello.c': HELLO_C.replace('MODULE_DESCRIPTION("Says hello");\n', ''), Makefile: HELLO_MAKEFILE },
    good: { 'hello.c': HELLO_C, Makefile: HELLO_MAKEFILE },
  },
  check(model) {
    return model.modules
      .filter((mod) => sourcesRead(mod) && !mod.description)
      .map((mod) => ({ ...moduleAnchor(mod), message: `module ${mod.name} has no MODULE_DESCRIPTION()` }));
  },
});
