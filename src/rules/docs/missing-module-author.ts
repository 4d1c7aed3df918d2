import { defineRule } from '../rule.js';
import { HELLO_C, HELLO_MAKEFILE } from './examples.js';
import { moduleAnchor, sourcesRead } from './module-anchor.js';

export default defineRule({
  id: 'docs/missing-module-author',
  severity: 'note',
  title: 'A module has no MODULE_AUTHOR',
  why:
    '`MODULE_AUTHOR("Name <email>")` (one per author, include/linux/module.h) is how `modinfo` tells users and ' +
    'distributions whom to contact about a module they found loaded.',
  fix: 'Add `MODULE_AUTHOR("Name <email>");`, one line per author.',
  example: {
    bad: { 'hello.c': HELLO_C.replace('MODULE_AUTHOR("Jane Doe <jane@example.org>");\n', ''), Makefile: HELLO_MAKEFILE },
    good: { 'hello.c': HELLO_C, Makefile: HELLO_MAKEFILE },
  },
  check(model) {
    return model.modules
      .filter((mod) => sourcesRead(mod) && mod.authors.length === 0)
      .map((mod) => ({ ...moduleAnchor(mod), message: `module ${mod.name} has no MODULE_AUTHOR()` }));
  },
});
