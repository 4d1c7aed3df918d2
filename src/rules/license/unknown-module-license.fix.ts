// Fix for license/unknown-module-license: the misspelt string ("GPLv2") replaced by the one the kernel accepts.

import { rewriteLine } from '../../fix/lines.js';
import type { Fixer } from '../../fix/types.js';
import { suggestModuleLicense } from '../../model/license/module-license.js';

const fix: Fixer = (model, f) => {
  const lic = model.modules.map((m) => m.license).find((l) => l && l.file === f.file && l.line === f.line);
  // Only a literal written in place: a macro's value is defined elsewhere.
  if (!lic?.resolved || lic.raw !== undefined) return [];
  const to = suggestModuleLicense(lic.value);
  if (!to) return [];
  const edit = rewriteLine(model, lic.file, lic.line, (text) => {
    const at = lic.column - 1;
    const literal = JSON.stringify(lic.value);
    const i = text.indexOf(literal, Math.max(0, at - 1));
    return i < 0 ? text : `${text.slice(0, i)}${JSON.stringify(to)}${text.slice(i + literal.length)}`;
  });
  return edit ? [edit] : [];
};

export default fix;
