import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { takenByDefault } from '../../model/make/defaults.js';

/** A headers path with a literal release in it: `/lib/modules/5.15.0-91-generic/build`, `/usr/src/linux-headers-6.1.0-9-amd64`. */
const PINNED = /(\/lib\/modules\/|\/usr\/src\/(?:linux-headers-|linux-|kernels\/))(\d+\.\d+(?:\.\d+)?[^/\s)"'}]*)/;

export default defineRule({
  id: 'build/hardcoded-kernel-path',
  severity: 'error',
  title: 'Headers path names one kernel release',
  why: 'A literal release in the headers path builds against one kernel only: on any other machine, CI runner or after an upgrade the directory does not exist and the build fails (kernel-facts §1; use `$(shell uname -r)` as an overridable default).',
  fix: 'Use `KDIR ?= /lib/modules/$(shell uname -r)/build` and pass `KDIR=` to build for another kernel.',
  check(model) {
    const out: RawFinding[] = [];
    for (const mf of model.make.values()) {
      // A vendor Makefile's platform branches (`ifeq ($(CONFIG_PLATFORM_ARM_S3C2K4), y)`) that its own defaults do
      // not take are alternatives for a board's cross build, not what `make` does.
      const taken = (conds: Parameters<typeof takenByDefault>[1]) => takenByDefault(mf, conds) !== false;
      const texts = [
        ...mf.assignments.filter((a) => !a.define && taken(a.conditions)).map((a) => ({ text: a.value, line: a.line })),
        ...mf.rules.filter((r) => taken(r.conditions)).flatMap((r) => r.recipe.filter((s) => !/^[@+-]*\s*#/.test(s.text))),
      ];
      for (const t of texts) {
        const m = PINNED.exec(t.text);
        if (!m) continue;
        out.push({
          file: mf.path,
          line: t.line,
          message: `the headers path ${m[1]}${m[2]} names kernel ${m[2]}; the build fails on every other kernel`,
        });
      }
    }
    return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  },
});
