// Fix for build/pwd-in-m: `M=$(PWD)` -> `M=$(CURDIR)` on the kbuild call's line.

import { rewriteLine } from '../../fix/lines.js';
import type { Fixer } from '../../fix/types.js';

const fix: Fixer = (model, f) => {
  if (!f.file || !f.line || !model.make.has(f.file)) return [];
  const edit = rewriteLine(model, f.file, f.line, (t) => t.replace(/(^|\s)M=\$[({]PWD[)}]\/?(?=\s|$|;|&|\|)/g, '$1M=$(CURDIR)'));
  return edit ? [edit] : [];
};

export default fix;
