// Builds the little a C file the syntax layer needs from a string, for tests that do not need the
// whole repository model (comments are masked the simple way: these fixtures avoid tricky cases).

import type { CSource, FunctionSpan } from '../../src/model/c/syntax/function-body.js';

export function sourceOf(text: string, path = 'x.c'): CSource {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, (m) => ' '.repeat(m.length));
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const lineAt = (o: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return { path, text, code, lineAt, columnAt: (o) => o - starts[lineAt(o) - 1] + 1 };
}

/** The span of function `name`, found the simple way (its name, then the first `{` after it). */
export function spanOf(src: CSource, name: string): FunctionSpan {
  const at = src.code.search(new RegExp(`^[^\\n;]*\\b${name}\\s*\\(`, 'm'));
  const bodyStart = src.code.indexOf('{', at);
  let depth = 0;
  let bodyEnd = bodyStart;
  for (let i = bodyStart; i < src.code.length; i++) {
    if (src.code[i] === '{') depth++;
    else if (src.code[i] === '}' && --depth === 0) {
      bodyEnd = i;
      break;
    }
  }
  return { name, offset: at, bodyStart, bodyEnd };
}
