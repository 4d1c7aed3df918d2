import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { shellWords } from '../../model/make/wrapper.js';
import { summarise } from '../style/per-file.js';

const REPLACEMENT: Record<string, string> = {
  EXTRA_CFLAGS: 'ccflags-y',
  EXTRA_AFLAGS: 'asflags-y',
  EXTRA_LDFLAGS: 'ldflags-y',
  EXTRA_CPPFLAGS: 'cppflags-y',
};

export default defineRule({
  id: 'build/deprecated-extra-flags',
  // Still supported by kbuild: nothing breaks, it is upstream taste.
  severity: 'note',
  title: 'Deprecated `EXTRA_*FLAGS`',
  why: 'kbuild documents `EXTRA_CFLAGS`, `EXTRA_AFLAGS`, `EXTRA_LDFLAGS` and `EXTRA_CPPFLAGS` as "still supported but deprecated" (makefiles.rst §3.9); upstream review rejects them.',
  fix: 'Use `ccflags-y`, `asflags-y`, `ldflags-y` or `cppflags-y` (or `CFLAGS_<file>.o` for one file).',
  check(model) {
    const out: RawFinding[] = [];
    for (const mf of model.make.values()) {
      // One finding per file and variable: a vendor Makefile sets EXTRA_CFLAGS hundreds of times.
      const lines = new Map<string, number[]>();
      const add = (name: string, line: number) => lines.set(name, [...(lines.get(name) ?? []), line]);
      for (const a of mf.assignments) if (REPLACEMENT[a.name] && !a.target) add(a.name, a.line);
      for (const r of mf.rules) {
        for (const step of r.recipe) {
          const names = shellWords(step.text)
            .map((w) => /^(EXTRA_[A-Z]+FLAGS)[+:]?=/.exec(w)?.[1])
            .filter((n): n is string => !!n && n in REPLACEMENT);
          for (const n of new Set(names)) add(`${n}=`, step.line);
        }
      }
      for (const [name, at] of lines) {
        const bare = name.replace(/=$/, '');
        const what = name.endsWith('=')
          ? (n: number) =>
              `${bare}= on the make command line${n > 1 ? ` (${n} times)` : ''} is deprecated; set ${REPLACEMENT[bare]} in Kbuild`
          : (n: number) => `${bare} is deprecated; use ${REPLACEMENT[bare]}${n > 1 ? ` (${n} assignments)` : ''}`;
        out.push(
          ...summarise(
            mf.path,
            [...new Set(at)].sort((a, b) => a - b),
            what,
          ),
        );
      }
    }
    return out;
  },
});
