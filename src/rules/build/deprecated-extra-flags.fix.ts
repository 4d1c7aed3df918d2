// Fix for build/deprecated-extra-flags: `EXTRA_CFLAGS += x` -> `ccflags-y += x` where the assignment is plain
// (not exported, not `override`, not referenced elsewhere): kbuild appends EXTRA_CFLAGS to ccflags-y, so the
// flags reach the same compiler lines. The command-line form (`make EXTRA_CFLAGS=...`) has no unique fix.

import { rewriteLine } from '../../fix/lines.js';
import { reEscape } from '../../text/regexp.js';
import type { Fixer } from '../../fix/types.js';

const REPLACEMENT: Record<string, string> = {
  EXTRA_CFLAGS: 'ccflags-y',
  EXTRA_AFLAGS: 'asflags-y',
  EXTRA_LDFLAGS: 'ldflags-y',
  EXTRA_CPPFLAGS: 'cppflags-y',
};

const fix: Fixer = (model, f) => {
  const mf = f.file ? model.make.get(f.file) : undefined;
  const a = mf?.assignments.find((x) => x.line === f.line && x.name in REPLACEMENT && !x.target);
  if (!mf || !a || a.export || a.override || a.define) return [];
  const to = REPLACEMENT[a.name];
  const text = model.scan.files.get(mf.path)?.text ?? '';
  // Read elsewhere ($(EXTRA_CFLAGS)): renaming would change what that sees.
  if (new RegExp(`\\$[({]${a.name}[)}]`).test(text)) return [];
  // Kbuild appends EXTRA_CFLAGS after ccflags-y: an earlier ccflags-y keeps its flags only with +=.
  const earlier = mf.assignments.some((x) => x.name === to && x.line < a.line);
  const op = earlier && a.op !== '+=' ? '+=' : a.op;
  const edit = rewriteLine(model, mf.path, a.line, (line) =>
    line.replace(new RegExp(`^(\\s*)${reEscape(a.name)}(\\s*)${reEscape(a.op)}`), `$1${to}$2${op}`),
  );
  return edit ? [edit] : [];
};

export default fix;
