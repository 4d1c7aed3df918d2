// Values of string arguments: `"GPL"`, `"A " "B"` (concatenated), or a macro defined in the
// module's own files. What cannot be resolved is reported as such, never guessed.

import type { Define } from './types.js';

export interface StringValue {
  value?: string;
  resolved: boolean;
}

const LITERALS = /^(?:\s*(?:L|u8|u|U)?"(?:[^"\\\n]|\\.)*"\s*)+$/;
const ONE_LITERAL = /"((?:[^"\\\n]|\\.)*)"/g;

export function stringValue(arg: string, lookup: (name: string) => Define | undefined, depth = 0): StringValue {
  const a = arg.trim();
  if (LITERALS.test(a)) {
    let out = '';
    ONE_LITERAL.lastIndex = 0;
    for (let m = ONE_LITERAL.exec(a); m; m = ONE_LITERAL.exec(a)) out += unescapeC(m[1]);
    return { value: out, resolved: true };
  }
  if (depth < 8) {
    // A macro name, or literals mixed with macro names (`DRV_NAME " driver"`).
    const parts = a.match(/"(?:[^"\\\n]|\\.)*"|[A-Za-z_]\w*/g);
    if (parts && parts.join('').replace(/\s/g, '') === a.replace(/\s/g, '')) {
      let out = '';
      for (const p of parts) {
        if (p.startsWith('"')) out += unescapeC(p.slice(1, -1));
        else {
          const d = lookup(p);
          if (!d || d.params) return { resolved: false };
          const v = stringValue(d.value, lookup, depth + 1);
          if (!v.resolved) return v;
          out += v.value;
        }
      }
      return { value: out, resolved: true };
    }
  }
  return { resolved: false };
}

function unescapeC(s: string): string {
  return s.replace(/\\(["\\'nt?])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
