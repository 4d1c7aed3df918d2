// Where a finding about a whole module points: the source holding its MODULE_* tags or module_init,
// at the first such tag, else at its obj-m line.

import type { KernelModule } from '../../model/types.js';

export function moduleAnchor(mod: KernelModule): { file: string; line: number } {
  const facts = [mod.license, mod.description, mod.version, ...mod.authors, mod.init, mod.exit];
  const inMain = facts.filter((f) => f && f.file === mod.mainSource).map((f) => f!.line);
  if (mod.mainSource && inMain.length > 0) return { file: mod.mainSource, line: Math.min(...inMain) };
  if (mod.mainSource) return { file: mod.mainSource, line: 1 };
  return { file: mod.buildFile, line: mod.buildLine };
}

/** Module facts are only known when the lexical layer read its sources (none skipped for size). */
export function sourcesRead(mod: KernelModule): boolean {
  return mod.sources.length > 0 && !mod.unread?.length;
}
