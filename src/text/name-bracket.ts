// Finds `name (` and `name {` from the bracket back: the same hits, in the same order, as a global regular
// expression `\b([A-Za-z_]\w*)\s*\(` run with `exec`, but the search jumps from bracket to bracket instead of trying a
// match at every name of the text (on drivers/net such expressions took about 2.4 s of the two threads' profiles:
// the lexer's calls, the parser's preparation, the facts' struct tags).

import { isSpace } from './space.js';
import { isNameStart, isWordChar } from './word.js';

/** A name and the bracket after it. */
export interface NameBracket {
  /** Where the name starts. */
  start: number;
  /** Just past the name's last character. */
  end: number;
  /** The bracket's offset. */
  bracket: number;
}

export interface NameBracketOptions {
  /** What may stand between the name and the bracket: any blank (`\s*`, the default) or spaces and tabs (`[ \t]*`). */
  blanks?: 'any' | 'tabs';
  /**
   * Where a name may start: at the start of a word (`\b`, the default), or after anything but a letter or `_`
   * (`(?<![A-Za-z_])`: after a digit too, so `9abc {` names `abc`).
   */
  startAfter?: 'word' | 'letter';
}

/** `\b` and `\s*`; one object, not one a call (the lexer asks for every call of a file). */
const DEFAULTS: NameBracketOptions = {};

/**
 * The first `name<blanks><bracket>` whose name starts at `from` or later: what `re.exec(text)` gives with
 * `re.lastIndex = from`, for `re` = `\b([A-Za-z_]\w*)\s*<bracket>` (or the options' variants). Undefined when none.
 * `into`: an object to fill and return instead of a new one, for loops over every call of a text.
 */
export function nextNameBracket(
  text: string,
  bracket: '(' | '{',
  from = 0,
  options = DEFAULTS,
  into?: NameBracket,
): NameBracket | undefined {
  const tabsOnly = options.blanks === 'tabs';
  const afterLetter = options.startAfter === 'letter';
  for (let at = text.indexOf(bracket, from); at >= 0; at = text.indexOf(bracket, at + 1)) {
    let j = at - 1;
    if (tabsOnly) while (j >= from && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    else while (j >= from && isSpace(text.charCodeAt(j))) j--;
    const end = j + 1;
    while (j >= 0 && isWordChar(text.charCodeAt(j))) j--;
    const run = j + 1;
    if (run === end) continue;
    // the leftmost start the expression would try, from `from` on
    for (let s = Math.max(run, from); s < end; s++) {
      const c = text.charCodeAt(s);
      if (!isNameStart(c)) continue;
      const before = s === 0 ? 0 : text.charCodeAt(s - 1);
      if (s === 0 || (afterLetter ? !isNameStart(before) : !isWordChar(before))) {
        if (into === undefined) return { start: s, end, bracket: at };
        into.start = s;
        into.end = end;
        into.bracket = at;
        return into;
      }
      if (!afterLetter) break; // inside a word: `\b` holds nowhere after its start
    }
  }
  return undefined;
}
