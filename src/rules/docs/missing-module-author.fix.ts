// Fix for docs/missing-module-author: a value given with --interactive, else a `Name <mail>` the README's first
// paragraph names when the repository holds one module (marked for review); nothing otherwise.

import { cString, insertLines } from '../../fix/lines.js';
import { moduleOfFinding, tagInsertLine } from '../../fix/module-tags.js';
import { authorFromReadme, REVIEW_MARK } from '../../fix/readme-facts.js';
import type { Fixer } from '../../fix/types.js';

const fix: Fixer = (model, f, ctx) => {
  const mod = moduleOfFinding(model, f, (m) => m.authors.length === 0);
  if (!mod) return [];
  const given = ctx.values.author?.get(mod.name);
  const guessed = given === undefined && model.modules.length === 1 ? authorFromReadme(model) : undefined;
  const value = given ?? guessed;
  const at = tagInsertLine(model, mod);
  // A guess is marked for review on the line above, so the tag line stays short.
  const lines = [...(guessed ? [REVIEW_MARK] : []), `MODULE_AUTHOR(${cString(value ?? '')});`];
  const edit = value && at && insertLines(model, at.file, at.line, lines);
  return edit ? [edit] : [];
};

export default fix;
