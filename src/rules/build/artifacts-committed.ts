import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { kbuildArtifact } from '../../model/make/artifacts.js';

const LIMIT = 20;

export default defineRule({
  id: 'build/artifacts-committed',
  severity: 'error',
  title: 'Build outputs are committed',
  why: "Committed `.ko`, `.o`, `.mod.c`, `.cmd`, `Module.symvers` or `modules.order` files belong to one kernel build: they go stale, confuse kbuild's dependency tracking (`.cmd` files hold absolute paths) and make every rebuild a diff (kernel-facts §1).",
  fix: 'Remove them with `git rm --cached` and list the kbuild outputs in .gitignore.',
  check(model) {
    if (!model.scan.git) return []; // outside git, "tracked" means nothing
    const tracked = [...[...model.scan.files.values()].filter((f) => f.tracked).map((f) => f.path), ...model.scan.trackedIgnored];
    const all = new Set([...model.scan.files.keys(), ...model.scan.trackedIgnored]);
    const hits = [...new Set(tracked)]
      .sort()
      .map((p) => ({ p, kind: kbuildArtifact(p, all) }))
      .filter((h): h is { p: string; kind: string } => !!h.kind);
    const out: RawFinding[] = hits
      .slice(0, LIMIT)
      .map((h) => ({ file: h.p, message: `${h.p} is a kbuild output (${h.kind}) tracked by git` }));
    if (hits.length > LIMIT) out.push({ message: `${hits.length - LIMIT} more kbuild outputs are tracked by git (${hits.length} in all)` });
    return out;
  },
});
