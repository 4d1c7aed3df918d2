// Fix for build/hardcoded-kernel-path: the literal release in a headers path becomes `$(shell uname -r)`
// (`/usr/src/linux-headers-<release>` becomes `/lib/modules/$(shell uname -r)/build`, the link every
// distribution's header package installs). build/kdir-not-overridable then makes the path overridable.

import { rewriteLine } from '../../fix/lines.js';
import type { Fixer } from '../../fix/types.js';

const LIB_MODULES = /\/lib\/modules\/\d+\.\d+(?:\.\d+)?[^/\s)"'}]*/g;
const HEADERS = /\/usr\/src\/(?:linux-headers-|kernels\/)\d+\.\d+(?:\.\d+)?[^/\s)"'}]*/g;

const fix: Fixer = (model, f) => {
  const mf = f.file ? model.make.get(f.file) : undefined;
  if (!mf || !f.line) return [];
  const edit = rewriteLine(model, mf.path, f.line, (t) =>
    t.replace(LIB_MODULES, '/lib/modules/$(shell uname -r)').replace(HEADERS, '/lib/modules/$(shell uname -r)/build'),
  );
  return edit ? [edit] : [];
};

export default fix;
