import ignore from 'ignore';
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

    const gitignores = [...model.scan.files.values()]
      .filter((f) => posix.basename(f.path) === '.gitignore' && f.text !== undefined)
      .map((f) => ({ path: f.path, base: posix.dirname(f.path), ig: ignore().add(f.text as string) }));
    const out: RawFinding[] = [];
    for (const [dir, name] of [...dirs].sort()) {
      const applicable = gitignores.filter((g) => g.base === '.' || dir === g.base || dir.startsWith(`${g.base}/`));
      const missing = sampleOutputs(dir, name)
        .filter((s) => !applicable.some((g) => g.ig.ignores(g.base === '.' ? s.path : s.path.slice(g.base.length + 1))))
        .map((s) => s.pattern);
      if (missing.length === 0) continue;
      const nearest = applicable.sort((a, b) => b.base.length - a.base.length)[0];
      out.push({
        file: nearest?.path,
        message: nearest
          ? `${nearest.path} does not ignore the kbuild outputs of ${name} (${dir}): ${missing.join(' ')}`
          : `no .gitignore covers the kbuild outputs of ${name} (${dir}): ${missing.join(' ')}`,
      });
    }
    return out;
  },
});
