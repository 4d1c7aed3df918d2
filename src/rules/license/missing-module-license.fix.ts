// Fix for license/missing-module-license: MODULE_LICENSE next to the module's other tags, with the string that
// matches its licence file (or its files' SPDX tags); nothing when neither says.

import { cString, insertLines } from '../../fix/lines.js';
import { moduleLicenseFor } from '../../fix/licence-choice.js';
import { moduleOfFinding, tagInsertLine } from '../../fix/module-tags.js';
import type { Fixer } from '../../fix/types.js';

const fix: Fixer = (model, f) => {
  const mod = moduleOfFinding(model, f, (m) => !m.license);
  const value = mod && moduleLicenseFor(model, mod);
  const at = mod && tagInsertLine(model, mod);
  const edit = value && at && insertLines(model, at.file, at.line, [`MODULE_LICENSE(${cString(value)});`]);
  return edit ? [edit] : [];
};

export default fix;
