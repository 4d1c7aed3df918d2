import { defineRule } from '../rule.js';
import { groupBy, listFiles } from '../once.js';
import { HELLO_C, HELLO_MAKEFILE } from './examples.js';

const PARAM = 'static int count = 1;\nmodule_param(count, int, 0444);\n';
const PARAM_DESC = 'MODULE_PARM_DESC(count, "How many times to say hello");\n';

export default defineRule({
  id: 'docs/undocumented-module-param',
  // Nothing breaks: users lose the description `modinfo -p` would show.
  severity: 'note',
  title: 'A module parameter has no MODULE_PARM_DESC',
  why:
    '`MODULE_PARM_DESC(name, "...")` (include/linux/moduleparam.h) is the only description `modinfo -p` can show; ' +
    'without it users must read the source to learn what a parameter does and which values it takes.',
  fix: 'Add `MODULE_PARM_DESC(<name>, "what it does, its unit and default");` after the `module_param`.',
  example: {
    bad: { 'hello.c': HELLO_C.replace('\nstatic int __init', `\n${PARAM}\nstatic int __init`), Makefile: HELLO_MAKEFILE },
    good: {
      'hello.c': HELLO_C.replace('\nstatic int __init', `\n${PARAM}${PARAM_DESC}\nstatic int __init`),
      Makefile: HELLO_MAKEFILE,
    },
  },
  check(model) {
    // One finding per file: a vendor driver declares a hundred parameters in one file.
    return model.modules.flatMap((mod) =>
      [
        ...groupBy(
          mod.params.filter((p) => !p.description),
          (p) => p.file,
        ),
      ].map(([file, params]) => {
        const [first] = params;
        const names = listFiles(params.map((p) => `${p.name} (line ${p.line})`));
        const what =
          params.length === 1 ? `parameter ${names} of module ${mod.name} has` : `${params.length} parameters of module ${mod.name} have`;
        return {
          file,
          line: first.line,
          column: first.column,
          message: params.length === 1 ? `${what} no MODULE_PARM_DESC()` : `${what} no MODULE_PARM_DESC(): ${names}`,
        };
      }),
    );
  },
});
