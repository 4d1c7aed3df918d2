// Fix for security/world-writable-param: 0666-style permissions to 0644 when the intent is clear (fix/file-mode.ts).

import { modeEdit } from '../../fix/file-mode.js';
import type { Fixer } from '../../fix/types.js';

const fix: Fixer = (model, f) => {
  const m = f.file ? model.c.get(f.file)?.macros.find((x) => x.line === f.line && x.column === f.column) : undefined;
  const edit = m && f.file && modeEdit(model, f.file, m.line, m.column, m.args[m.args.length - 1]);
  return edit ? [edit] : [];
};

export default fix;
