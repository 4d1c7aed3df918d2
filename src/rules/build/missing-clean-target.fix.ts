// Fix for build/missing-clean-target: `clean:` handing over to kbuild with the build's own -C and M=.

import { kbuildTargetEdit } from '../../fix/make-targets.js';
import type { Fixer } from '../../fix/types.js';

const fix: Fixer = (model, f) => {
  const mf = f.file ? model.make.get(f.file) : undefined;
  const edit = mf && kbuildTargetEdit(model, mf, 'clean', 'clean');
  return edit ? [edit] : [];
};

export default fix;
