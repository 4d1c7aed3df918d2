import { generatedBuildFileTemplates } from '../../model/classify.js';
import { defineRule } from '../rule.js';

const FRAGMENT = /(^|\/)([^/]+\.Kbuild|Kbuild\.[^/.]+|[^/]+\.kbuild)$/;
const OBJ_M = /^[ \t]*obj-(?:m|\$[({])/m;

export default defineRule({
  id: 'build/no-obj-m',
  severity: 'error',
  title: 'Build files never assign obj-m',
  why: 'kbuild builds a loadable module only for objects listed in `obj-m`; without it `make modules` builds nothing (kbuild modules.rst §3, makefiles.rst §3.2).',
  fix: 'Declare the module in Kbuild or the Makefile: `obj-m := <name>.o` (and `<name>-y := a.o b.o` for several sources).',
  check(model) {
    if (model.make.size === 0 || model.objEntries.length > 0) return [];
    // `./configure` writes the Makefile from Makefile.in: obj-m there is obj-m of the build.
    if (generatedBuildFileTemplates(model.scan.files.values()).some((t) => /^[ \t]*obj-(?:m|\$[({])/m.test(t.text))) return [];
    // Kbuild fragments a Kbuild includes by a computed name (`include $(src)/$(m)/$(m).Kbuild` in a foreach).
    if ([...model.scan.files.values()].some((f) => FRAGMENT.test(f.path) && f.text !== undefined && OBJ_M.test(f.text))) return [];
    const first = [...model.make.values()].sort((a, b) => a.path.split('/').length - b.path.split('/').length)[0];
    return [
      { file: first.path, line: 1, message: `${first.path} and the other build files never assign obj-m, so kbuild builds no module` },
    ];
  },
});
