import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { shellWords } from '../../model/make/wrapper.js';

const REPLACEMENT: Record<string, string> = {
  EXTRA_CFLAGS: 'ccflags-y',
  EXTRA_AFLAGS: 'asflags-y',
  EXTRA_LDFLAGS: 'ldflags-y',
  EXTRA_CPPFLAGS: 'cppflags-y',
};

export default defineRule({
  id: 'build/deprecated-extra-flags',
  severity: 'warning',
  title: 'Deprecated `EXTRA_*FLAGS`',
  why: 'kbuild documents `EXTRA_CFLAGS`, `EXTRA_AFLAGS`, `EXTRA_LDFLAGS` and `EXTRA_CPPFLAGS` as "still supported but deprecated" (makefiles.rst §3.9); upstream review rejects them.',
  fix: 'Use `ccflags-y`, `asflags-y`, `ldflags-y` or `cppflags-y` (or `CFLAGS_<file>.o` for one file).',
  check(model) {
    const out: RawFinding[] = [];
    for (const mf of model.make.values()) {
      for (const a of mf.assignments) {
        const repl = REPLACEMENT[a.name];
        if (repl && !a.target) out.push({ file: mf.path, line: a.line, message: `${a.name} is deprecated; use ${repl}` });
      }
      for (const r of mf.rules) {
        for (const step of r.recipe) {
          const names = shellWords(step.text)
            .map((w) => /^(EXTRA_[A-Z]+FLAGS)[+:]?=/.exec(w)?.[1])
            .filter((n): n is string => !!n && n in REPLACEMENT);
          for (const n of new Set(names))
            out.push({
              file: mf.path,
              line: step.line,
              message: `${n}= on the make command line is deprecated; set ${REPLACEMENT[n]} in Kbuild`,
            });
        }
      }
    }
    return out;
  },
});
