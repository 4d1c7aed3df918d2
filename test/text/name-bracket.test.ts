// nextNameBracket gives the hits of the regular expressions it stands in for, in the same order, from any start.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NameBracket, type NameBracketOptions, nextNameBracket } from '../../src/text/name-bracket.js';

const VARIANTS: { re: RegExp; bracket: '(' | '{'; options: NameBracketOptions }[] = [
  { re: /\b([A-Za-z_]\w*)\s*\(/g, bracket: '(', options: {} },
  { re: /\b([A-Za-z_]\w*)[ \t]*\(/g, bracket: '(', options: { blanks: 'tabs' } },
  { re: /(?<![A-Za-z_])([A-Za-z_]\w*)\s*\{/g, bracket: '{', options: { startAfter: 'letter' } },
  { re: /\b([A-Za-z_]\w*)\s*\{/g, bracket: '{', options: {} },
];

/** Every hit from `from` on, the way the lexers loop: each search starts just past the previous bracket. */
function byRegex(re: RegExp, text: string, from: number): [number, string, number][] {
  const out: [number, string, number][] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[1], m.index + m[0].length - 1]);
  return out;
}

/** The hits of nextNameBracket; with `into`, each one must be that object, filled in. */
function byBrackets(
  bracket: '(' | '{',
  options: NameBracketOptions,
  text: string,
  from: number,
  into?: NameBracket,
): [number, string, number][] {
  const out: [number, string, number][] = [];
  for (let h = nextNameBracket(text, bracket, from, options, into); h; h = nextNameBracket(text, bracket, h.bracket + 1, options, into)) {
    if (into) expect(h).toBe(into);
    out.push([h.start, text.slice(h.start, h.end), h.bracket]);
  }
  return out;
}

const CHARS = ['a', 'b', 'Z', '_', '0', '9', ' ', '\t', '\n', '\u00a0', '\u2028', '(', '{', '}', ';', '*', 'é'];
const textArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 60 }).map((a) => a.join(''));

describe('nextNameBracket', () => {
  it('finds what each regular expression finds, from any start', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), (text, n) => {
        const from = text.length === 0 ? 0 : n % (text.length + 1);
        for (const v of VARIANTS) {
          const expected = byRegex(v.re, text, from);
          expect(byBrackets(v.bracket, v.options, text, from)).toEqual(expected);
          // a loop over every call fills one object instead of making one a hit
          expect(byBrackets(v.bracket, v.options, text, from, { start: -1, end: -1, bracket: -1 })).toEqual(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what they find from every start inside a name, its digits too', () => {
    for (const text of ['ab9c {', 'x1y2z (', '_9a\t(', 'a b9_c{', '9abc {']) {
      for (let from = 0; from <= text.length; from++)
        for (const v of VARIANTS) expect(byBrackets(v.bracket, v.options, text, from)).toEqual(byRegex(v.re, text, from));
    }
  });

  it('reads names as C writes them', () => {
    const text = 'static int foo (void) { if (x) bar(1, baz (2)); }\nstruct s9 {\n9abc {';
    expect(byBrackets('(', {}, text, 0).map((h) => h[1])).toEqual(['foo', 'if', 'bar', 'baz']);
    expect(byBrackets('{', { startAfter: 'letter' }, text, 0).map((h) => h[1])).toEqual(['s9', 'abc']);
    expect(byBrackets('{', {}, text, 0).map((h) => h[1])).toEqual(['s9']);
  });
});
