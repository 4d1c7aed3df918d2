// Fix for build/missing-install-target: `modules_install:` handing over to kbuild with the build's own -C and M=.

import { kbuildTargetEdit } from '../../fix/make-targets.js';
import type { Fixer } from '../../fix/types.js';

const fix: Fixer = (model, f) => {
  const mf = f.file ? model.make.get(f.file) : undefined;
  const edit = mf && kbuildTargetEdit(model, mf, 'modules_install', 'modules_install');
  return edit ? [edit] : [];
};

export default fix;
