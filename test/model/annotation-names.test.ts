// The preparation for the parser finds annotation and iterator macro names by two searches merged
// (src/model/c/syntax/annotation-names.ts); it must find exactly what the one expression it replaced finds.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationNames } from '../../src/model/c/syntax/annotation-names.js';
import { fixtureCFiles } from '../helpers/fixture-c-files.js';

const PLAIN = ['notrace', 'noinline', 'asmlinkage', 'fallthrough', 'noinstr'];
const EXPRESSION = new RegExp(
  `\\b(?:__[A-Za-z0-9_]*|(?:${PLAIN.join('|')})(?![A-Za-z0-9_])|(?:[A-Za-z_][A-Za-z0-9_]*?)?[Ff][Oo][Rr]_[Ee][Aa][Cc][Hh][A-Za-z0-9_]*)`,
  'g',
);
const find = annotationNames(PLAIN);
const byExpression = (text: string) => [...text.matchAll(EXPRESSION)].flatMap((m) => [m.index, m.index + m[0].length]);

// Pieces that make the awkward cases: `for_each` in any case, at an identifier's start, inside it, twice in it, after
// `__`, a digit or `_`; the keywords alone and glued to more; blanks and non-word characters between, some beyond ASCII.
const PIECES = ['for_each', 'FOR_EACH', 'For_Each', 'for_eac', '_', '__', 'x', 'list_', '9', 'notrace', 'noinline', 'fallthrough'];
const OTHERS = [' ', '(', ')', ';', '\n', '-', 'é', '\u00a0', '{', '#', '0'];

describe('annotation and iterator names', () => {
  it('are what the expression finds, on any mix of names and separators', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, ...OTHERS), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(find(text)).toEqual(byExpression(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('are what the expression finds in every C file of the fixtures', () => {
    const files = fixtureCFiles();
    expect(files.length).toBeGreaterThan(20);
    let names = 0;
    for (const f of files) {
      const text = readFileSync(f, 'latin1');
      const found = find(text);
      expect(found, f).toEqual(byExpression(text));
      names += found.length / 2;
    }
    expect(names).toBeGreaterThan(0);
  });
});
