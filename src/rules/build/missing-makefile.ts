import { generatedBuildFileTemplates } from '../../model/classify.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'build/missing-makefile',
  severity: 'error',
  title: 'No Makefile or Kbuild builds a module',
  why: 'An out-of-tree module is built by kbuild: `make -C <kernel headers> M=<dir>` reads the Makefile or Kbuild of the module folder. Without one, nobody can build the module against their kernel (kbuild modules.rst §3).',
  fix: 'Add a Kbuild file with `obj-m := <name>.o` and a Makefile wrapper calling `$(MAKE) -C $(KDIR) M=$(CURDIR) modules`.',
  check(model) {
    if (model.make.size > 0) return [];
    // A Makefile.in that ./configure turns into the Makefile is the build file.
    if (generatedBuildFileTemplates(model.scan.files.values()).length > 0) return [];
    const code = model.modules.map((m) => m.mainSource).filter((s): s is string => !!s);
    if (code.length === 0 && model.c.size === 0) return [];
    return [
      {
        file: code[0],
        line: code[0] ? 1 : undefined,
        message: `no Makefile or Kbuild file in the repository, so the module code${code.length ? ` (${code.join(', ')})` : ''} cannot be built with kbuild`,
      },
    ];
  },
});
