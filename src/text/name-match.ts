// `\bNAME<rest>` for a name known only at run time, without an expression made for it. V8 generates code for every
// expression it runs often or on a long text, and once a process has generated more than 1 MB of such code and holds
// more than 16 MB of executable memory, it compiles every later expression without optimisation (TooMuchRegExpCode in
// V8's regexp.cc): an expression made per device table or per callback (30,207 of them on drivers/) crossed that line
// while the model was built, and each rule's scan of the tree ran two to seven times slower after it; one per sysfs
// attribute made 7,111 more (docs/performance.md, round 29).

import { isSpace } from './space.js';
import { isNameStart, isWordChar } from './word.js';

/** A C identifier: a name the searches below take literally. */
export const IDENTIFIER_NAME = /^[A-Za-z_]\w*$/;

/**
 * The first `\bNAME` of `text` that `rest` (a sticky expression) matches right after, as `new RegExp(`\\b${name}` +
 * rest.source).exec(text)` finds it: where the name starts and what `rest` matched. `name` must be an identifier
 * (IDENTIFIER_NAME), so that `\b` before it is a word's start.
 */
export function nameFollowedBy(text: string, name: string, rest: RegExp): { start: number; rest: RegExpExecArray } | undefined {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    rest.lastIndex = at + name.length;
    const m = rest.exec(text);
    if (m) return { start: at, rest: m };
  }
  return undefined;
}

/** Whether `text` holds `name` as a whole word (`\bNAME\b`); `name` is an identifier (IDENTIFIER_NAME). */
export function holdsWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && (end === text.length || !isWordChar(text.charCodeAt(end)))) return true;
  }
  return false;
}

/** What follows the name on a definition's line: the parameters, and the body's `{` or nothing. */
const HEAD_END = /\s*\(([^)]*)\)\s*\{?\s*$/y;

/**
 * A line that is a definition's head, `static int NAME(struct x *p) {`: what
 * `^\s*((?:[A-Za-z_]\w*[\s*]+)+?)NAME\s*\(([^)]*)\)\s*\{?\s*$` takes of it (the words before the name, its
 * parameters), read word by word: the name stands right after the first run of blanks and stars that HEAD_END
 * matches after it. `name` is an identifier.
 */
export function definitionHead(line: string, name: string): { returns: string; params: string } | undefined {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  const start = i;
  for (;;) {
    // one more word and its run of blanks and stars (a word ends where such a run starts: never within one)
    if (!isNameStart(line.charCodeAt(i))) return undefined;
    while (i < line.length && isWordChar(line.charCodeAt(i))) i++;
    const run = i;
    while (i < line.length && (isSpace(line.charCodeAt(i)) || line.charCodeAt(i) === 42) /* * */) i++;
    if (i === run) return undefined;
    if (!line.startsWith(name, i)) continue;
    HEAD_END.lastIndex = i + name.length;
    const m = HEAD_END.exec(line);
    if (m) return { returns: line.slice(start, i), params: m[1] };
  }
}
