// Fix for build/removed-subdirs: `SUBDIRS=` -> `M=` (kbuild's replacement since 2.6), with `$(PWD)` turned into
// `$(CURDIR)` unless the file sets PWD itself; in a Makefile recipe or a dkms MAKE command.

import { rewriteLine } from '../../fix/lines.js';
import type { Fixer } from '../../fix/types.js';

const fix: Fixer = (model, f) => {
  if (!f.file || !f.line) return [];
  const mf = model.make.get(f.file);
  const inDkms = model.dkms.some((d) => d.path === f.file);
  if (!mf && !inDkms) return [];
  const ownPwd = mf?.assignments.some((a) => a.name === 'PWD') ?? true;
  const edit = rewriteLine(model, f.file, f.line, (t) =>
    t.replace(/(^|[\s"'])SUBDIRS=(\S*)/g, (_m, pre: string, value: string) => {
      const pwd = /^(\$[({]PWD[)}]|\$\(shell pwd\)|`pwd`)\/?(?=$|["';&|])/.exec(value);
      return `${pre}M=${pwd && !ownPwd ? `$(CURDIR)${value.slice(pwd[0].length)}` : value}`;
    }),
  );
  return edit ? [edit] : [];
};

export default fix;
