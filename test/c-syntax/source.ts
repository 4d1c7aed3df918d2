// Builds the little a C file the syntax layer needs from a string, for tests that do not need the
// whole repository model, with the real comment masker and line index.

import { maskComments } from '../../src/model/c/mask.js';
import type { CSource, FunctionSpan } from '../../src/model/c/syntax/function-body.js';
import { lineIndex } from '../../src/text/lines.js';

export function sourceOf(text: string, path = 'x.c'): CSource {
  const { lineAt, columnAt } = lineIndex(text);
  return { path, text, code: maskComments(text).code, lineAt, columnAt };
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
