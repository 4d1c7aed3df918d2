// Where the preparation for the parser may have something to rewrite: the names of annotations (most start with `__`,
// a few do not) and of iterator macros (`for_each_cpu`, `list_for_each_entry`). As one expression,
//
//   \b(?:__\w*|(?:notrace|...)(?!\w)|(?:[A-Za-z_]\w*?)?[Ff][Oo][Rr]_[Ee][Aa][Cc][Hh]\w*)
//
// (\w as [A-Za-z0-9_]), it tried the lazy prefix at every identifier's start. The `__` names and the keywords are
// found by their own expression, the iterator macros by `for_each` itself, widened to the identifier around it; the
// two lists are merged in order: the same matches as the expression (test/model/annotation-names.test.ts), a third
// less time (drivers/net: 400 -> 270 ms).

import { isWordChar } from '../../../text/word.js';

/**
 * A search for the names, given the annotations that do not start with `__`: each name's start and end, in order,
 * what the expression above would match over a text.
 */
export function annotationNames(plainAnnotations: readonly string[]): (text: string) => number[] {
  // `__` names and the plain annotations as whole words (the expression's first two alternatives)
  const named = new RegExp(`\\b(?:__[A-Za-z0-9_]*|(?:${plainAnnotations.join('|')})(?![A-Za-z0-9_]))`, 'g');
  return (text) => {
    const out: number[] = [];
    const iterators = iteratorNames(text);
    let k = 0;
    named.lastIndex = 0;
    for (let m = named.exec(text); m; m = named.exec(text)) {
      while (k < iterators.length && iterators[k] < m.index) out.push(iterators[k++], iterators[k++]);
      out.push(m.index, m.index + m[0].length);
    }
    while (k < iterators.length) out.push(iterators[k++], iterators[k++]);
    return out;
  };
}

const FOR_EACH = /[Ff][Oo][Rr]_[Ee][Aa][Cc][Hh]/g;

/**
 * The identifiers holding `for_each` (in any case) that the expression's third alternative matches: from the start of
 * the identifier (a letter or `_` there, or `for_each` itself) to its end; not one starting with `__` (the first
 * alternative's), nor one starting with a digit (no word boundary inside it).
 */
function iteratorNames(text: string): number[] {
  const out: number[] = [];
  FOR_EACH.lastIndex = 0;
  while (FOR_EACH.test(text)) {
    const hit = FOR_EACH.lastIndex - 8;
    let start = hit;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    let end = FOR_EACH.lastIndex;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    FOR_EACH.lastIndex = end;
    const first = text.charCodeAt(start);
    if (start !== hit && first >= 48 && first <= 57) continue; // a digit: not an identifier's start
    if (first === 95 && text.charCodeAt(start + 1) === 95) continue; // `__...`: the first alternative's
    out.push(start, end);
  }
  return out;
}
