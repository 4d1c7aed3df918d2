// Finds preprocessor directives by their `#`: the same hits, in the same order, as `/^[ \t]*#[ \t]*(\w+)?/gm` run
// with `exec`, but the search jumps from `#` to `#` (in masked code nearly every `#` starts a directive) instead of
// trying every line of the text (drivers/net: about 0.5 s of the two threads' profiles).

import { isWordChar } from './word.js';
import { internSlice } from './intern.js';

/** A directive's start: its line's first character, the end of `# name`, and the name (empty when none). */
export interface DirectiveStart {
  start: number;
  /** Just past the name (or past `#` and the blanks after it). */
  headEnd: number;
  name: string;
}

/** The first directive starting at `from` or later, as `re.exec(code)` with `re.lastIndex = from`; undefined when none. */
export function nextDirective(code: string, from = 0): DirectiveStart | undefined {
  for (let hash = code.indexOf('#', from); hash >= 0; hash = code.indexOf('#', hash + 1)) {
    let s = hash;
    while (s > 0 && isSpaceOrTab(code.charCodeAt(s - 1))) s--;
    // only a line's first character can start a match of `^` (after `\n`, `\r`, U+2028 or U+2029)
    if (s < from || (s > 0 && !isLineBreak(code.charCodeAt(s - 1)))) continue;
    let i = hash + 1;
    while (i < code.length && isSpaceOrTab(code.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < code.length && isWordChar(code.charCodeAt(i))) i++;
    return { start: s, headEnd: i, name: internSlice(code, nameStart, i) };
  }
  return undefined;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 8232 || c === 8233;
}
