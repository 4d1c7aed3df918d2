// Fix for security/world-writable-file: a proc/sysfs/debugfs mode to 0644 when the intent is clear (fix/file-mode.ts).

import { modeEdit } from '../../fix/file-mode.js';
import type { Fixer } from '../../fix/types.js';

const fix: Fixer = (model, f) => {
  const c = f.file ? model.c.get(f.file)?.calls.find((x) => x.line === f.line && x.column === f.column) : undefined;
  // Every entry the rule knows takes the mode as its second argument.
  const edit = c && f.file && c.args[1] !== undefined && modeEdit(model, f.file, c.line, c.column, c.args[1]);
  return edit ? [edit] : [];
};

export default fix;
