// World-writable modes made safe only when the intent is clear: the owner may write and nothing is executable,
// so the entry was meant to be writable and `mode & ~0022` (0666 -> 0644, 0222 -> 0200) keeps it working for
// root. Any other mode (0777, 0002, a mode built elsewhere) is left to the author.

import { evalMode, isWorldWritable, octal } from '../analysis/security/file-mode.js';
import type { RepoModel } from '../model/types.js';
import type { Edit } from './types.js';
import { reEscape } from '../text/regexp.js';
import { fileLines, rewriteLine } from './lines.js';

/** The safe mode for a world-writable one, or undefined when the intent is not clear. */
export function safeMode(expr: string): string | undefined {
  // Octal literals and the kernel's permission macros only: a macro of the module could mean anything.
  if (!/^\s*(0[0-7]{1,4}|S_I[RWX](USR|GRP|OTH|UGO)(\s*\|\s*S_I[RWX](USR|GRP|OTH|UGO))*)\s*$/.test(expr)) return undefined;
  const mode = evalMode(expr.trim());
  if (mode === undefined || !isWorldWritable(mode)) return undefined;
  if ((mode & 0o200) === 0 || (mode & 0o111) !== 0) return undefined;
  return octal(mode & ~0o022);
}

/** Rewrites the mode argument `expr` of the call at `line` (or one of the next lines, for calls split over lines). */
export function modeEdit(model: RepoModel, file: string, line: number, column: number, expr: string): Edit | undefined {
  const to = safeMode(expr);
  const lines = fileLines(model, file);
  if (!to || !lines) return undefined;
  const re = new RegExp(`(^|[^\\w])${reEscape(expr.trim())}(?![\\w])`);
  for (let l = line; l < Math.min(line + 5, lines.length + 1); l++) {
    const from = l === line ? Math.max(0, column - 1) : 0;
    const m = re.exec(lines[l - 1].slice(from));
    if (!m) continue;
    const at = from + m.index + m[1].length;
    return rewriteLine(model, file, l, (t) => `${t.slice(0, at)}${to}${t.slice(at + expr.trim().length)}`);
  }
  return undefined;
}
