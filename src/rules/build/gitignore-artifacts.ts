import { posix } from 'node:path';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { sampleOutputs } from '../../model/make/artifacts.js';

export default defineRule({
  id: 'build/gitignore-artifacts',
  severity: 'note',
  title: '.gitignore does not cover kbuild outputs',
  why: "Every build writes `.o`, `.ko`, `.mod`, `.mod.c`, `.*.cmd`, `Module.symvers` and `modules.order` next to the sources; without ignore rules they show up in `git status` and end up committed (kernel-facts §1 lists the kernel's own patterns).",
  fix: 'Add to .gitignore: `*.o *.ko *.mod *.mod.c *.o.* .*.cmd .*.d .tmp_versions/ Module.symvers modules.order`.',
  check(model) {
    const dirs = new Map<string, string>();
    for (const m of model.modules) if (m.buildFile) dirs.set(m.dir, m.name);
    for (const e of model.objEntries)
      if (!e.subdir && !dirs.has(e.dir ?? posix.dirname(e.file))) dirs.set(e.dir ?? posix.dirname(e.file), e.name);
    if (dirs.size === 0) return [];

    const gitignores = [...model.scan.files.keys()].filter((p) => posix.basename(p) === '.gitignore');
    const out: RawFinding[] = [];
    for (const [dir, name] of [...dirs].sort()) {
      const missing = sampleOutputs(dir, name)
        .filter((s) => !model.scan.gitignored(s.path))
        .map((s) => s.pattern);
      if (missing.length === 0) continue;
      // The .gitignore closest to the module's folder is where the patterns belong.
      const nearest = gitignores
        .filter((g) => posix.dirname(g) === '.' || dir === posix.dirname(g) || dir.startsWith(`${posix.dirname(g)}/`))
        .sort((a, b) => b.length - a.length)[0];
      out.push({
        file: nearest,
        message: nearest
          ? `${nearest} does not ignore the kbuild outputs of ${name} (${dir}): ${missing.join(' ')}`
          : `no .gitignore covers the kbuild outputs of ${name} (${dir}): ${missing.join(' ')}`,
      });
    }
    return out;
  },
});
