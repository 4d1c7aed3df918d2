import type { CFile } from '../../model/c/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { isSpace } from '../../text/space.js';

const USER_COPY = new Set([
  'copy_from_user',
  'copy_to_user',
  'get_user',
  'put_user',
  'strncpy_from_user',
  'clear_user',
  '__copy_from_user',
  '__copy_to_user',
  '__get_user',
  '__put_user',
  '__clear_user',
]);

/** The call at `offset..end` is a whole expression statement: its value goes nowhere. */
export function resultDiscarded(file: CFile, offset: number, end: number): boolean {
  const code = file.code;
  let j = end;
  while (j < code.length && isSpace(code.charCodeAt(j))) j++;
  if (code[j] !== ';') return false;
  let i = offset - 1;
  while (i >= 0 && isSpace(code.charCodeAt(i))) i--;
  if (i < 0 || ';{}:'.includes(code[i])) return true;
  if (/\belse$/.test(code.slice(Math.max(0, i - 4), i + 1))) return true;
  if (code[i] !== ')') return false;
  // `if (x) copy_to_user(...);` is a statement; `(void)copy_to_user(...)` and other casts are not.
  let depth = 0;
  for (let k = i; k >= 0; k--) {
    if (code[k] === ')') depth++;
    else if (code[k] === '(' && --depth === 0) {
      return /\b(if|while|for)\s*$/.test(code.slice(Math.max(0, k - 8), k));
    }
  }
  return false;
}

export default defineRule({
  id: 'security/unchecked-user-copy',
  severity: 'warning',
  title: 'copy_from_user/copy_to_user/get_user/put_user result ignored',
  why: 'These calls fail on a bad user pointer (returning the bytes not copied, or -EFAULT); ignoring the result works on uninitialised kernel memory or reports success for data the user never received, a classic information leak (include/linux/uaccess.h).',
  fix: 'Check the result and return -EFAULT: `if (copy_from_user(buf, ubuf, len)) return -EFAULT;`.',
  check(model) {
    const out: RawFinding[] = [];
    for (const file of model.c.values()) {
      for (const c of file.callsNamed((n) => USER_COPY.has(n))) {
        if (!c.function) continue;
        if (!resultDiscarded(file, c.offset, c.endOffset)) continue;
        out.push({
          file: file.path,
          line: c.line,
          column: c.column,
          message: `the result of ${c.name}() is ignored in ${c.function}: a bad user pointer goes unnoticed; return -EFAULT when it fails`,
        });
      }
    }
    return out;
  },
});
