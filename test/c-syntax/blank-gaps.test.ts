import { describe, expect, it } from 'vitest';
import { withoutBlanks } from '../../src/model/c/syntax/blank-gaps.js';

describe('blank gaps left out of a parse', () => {
  it('leaves out stretches of 32 blanks or more but for one blank on either side, within each span', () => {
    const text = `int a;${' '.repeat(40)}int b;${' '.repeat(31)}int c;\n${'\t'.repeat(33)}}`;
    expect(withoutBlanks(text, [[0, text.length]]).map(([a, b]) => text.slice(a, b))).toEqual([
      'int a; ',
      ` int b;${' '.repeat(31)}int c;\n`,
      '\t}',
    ]);
    // a span ending inside a stretch keeps a blank at either end of it
    expect(withoutBlanks(text, [[0, 20]]).map(([a, b]) => text.slice(a, b))).toEqual(['int a; ', ' ']);
  });

  it('handles a stretch of tens of millions of blanks (a regular expression with an open count overflows)', () => {
    const n = 25_000_000;
    const text = `a${' '.repeat(n)}b`;
    expect(withoutBlanks(text, [[0, text.length]])).toEqual([
      [0, 2],
      [n, n + 2],
    ]);
  });
});
