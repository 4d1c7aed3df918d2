// A kbuild-form target (`name:` then `$(MAKE) -C <headers> M=<dir> <goal>`) added right after the rule that
// builds the module, with that rule's own `-C` and `M=` arguments, so it sits in the same conditional block and
// never becomes the default goal.

import type { MakeFile } from '../model/make/types.js';
import { kbuildCalls } from '../model/make/wrapper.js';
import type { RepoModel } from '../model/types.js';
import { fileLines, insertLines } from './lines.js';
import type { Edit } from './types.js';

export function kbuildTargetEdit(model: RepoModel, mf: MakeFile, target: string, goal: string): Edit | undefined {
  const call = kbuildCalls(mf).find((c) => c.ext && c.ext.name !== 'SUBDIRS' && !c.rule.targets.includes('%'));
  const lines = fileLines(model, mf.path);
  if (!call?.ext || !lines) return undefined;
  const last = call.rule.recipe[call.rule.recipe.length - 1];
  let end = last ? last.line : call.rule.line;
  // The last recipe line may continue over several physical lines.
  while (end <= lines.length && /\\$/.test(lines[end - 1] ?? '')) end++;
  if (end > lines.length) return undefined;
  const recipe = `\t$(MAKE) -C ${call.dir} ${call.ext.name}=${call.ext.value} ${goal}`;
  return insertLines(model, mf.path, end + 1, ['', `${target}:`, recipe]);
}
