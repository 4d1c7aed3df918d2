// Where a module's MODULE_* lines go: right after the last module-level macro of its main source
// (MODULE_*, module_init/module_exit, module_*_driver), else at the end of the file.

import type { KernelModule, RepoModel } from '../model/types.js';
import { moduleAnchor } from '../rules/docs/module-anchor.js';
import type { RawFinding } from '../types.js';
import { fileLines } from './lines.js';

/** The module a module-level finding (anchored by moduleAnchor) is about. */
export function moduleOfFinding(model: RepoModel, f: RawFinding, lacks: (m: KernelModule) => boolean): KernelModule | undefined {
  const hits = model.modules.filter((m) => lacks(m) && m.sources.length > 0 && sameAnchor(m, f));
  return hits.length === 1 ? hits[0] : undefined;
}

function sameAnchor(m: KernelModule, f: RawFinding): boolean {
  const a = moduleAnchor(m);
  return a.file === f.file && a.line === f.line;
}

/** The line before which new MODULE_* lines are inserted in the module's main source. */
export function tagInsertLine(model: RepoModel, mod: KernelModule): { file: string; line: number } | undefined {
  const file = mod.mainSource;
  if (!file) return undefined;
  const c = model.c.get(file);
  const lines = fileLines(model, file);
  if (!c || !lines) return undefined;
  // Not inside an #if: the new line must hold for every configuration.
  const level = c.macros.filter((m) => /^(MODULE_|module_)/.test(m.name) && c.conditionsAt(m.line).length === 0);
  if (level.length === 0) return { file, line: lines.length + 1 };
  const last = Math.max(...level.map((m) => m.endLine));
  // A macro call ends with `;` on its last line; insert after it.
  return { file, line: last + 1 };
}
