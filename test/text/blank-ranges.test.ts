// The lexer blanks directive lines and never-built code by ranges (src/text/lines.ts): one buffer written and read
// back, or pieces joined when a character is beyond Latin-1. Both must give what blanking each range in turn gives.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankRange, blankRanges } from '../../src/text/lines.js';

/** Each range blanked in turn, the rest kept: the reference. */
function piecewise(text: string, ranges: number[]): string {
  let out = '';
  let last = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    out += text.slice(last, ranges[r]) + blankRange(text, ranges[r], ranges[r + 1]);
    last = ranges[r + 1];
  }
  return out + text.slice(last);
}

describe('blanking ranges of a text', () => {
  it('agrees with blanking each range in turn, on any text and ranges (property)', () => {
    const unit = fc.constantFrom('a', '#', ' ', '\n', '\r', '\t', 'é', '€', '\\');
    const case_ = fc
      .string({ unit, maxLength: 80 })
      .chain((text) =>
        fc
          .uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 })
          .map((cuts) => ({ text, ranges: cuts.sort((a, b) => a - b).slice(0, cuts.length - (cuts.length % 2)) })),
      );
    fc.assert(
      fc.property(case_, ({ text, ranges }) => {
        const blanked = blankRanges(text, ranges);
        expect(blanked).toBe(piecewise(text, ranges));
        expect(blanked.length).toBe(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps line breaks and blanks everything else of a directive, in a text longer than its buffer', () => {
    const text = `${'int x;\n'.repeat(300_000)}#define A \\\n\tB\nint y;\n`;
    const start = text.indexOf('#');
    const end = text.indexOf('int y');
    const blanked = blankRanges(text, [start, end]);
    expect(blanked.slice(start, end)).toBe(`${' '.repeat(11)}\n${' '.repeat(2)}\n`);
    expect(blanked.slice(0, start)).toBe(text.slice(0, start));
    expect(blanked.slice(end)).toBe('int y;\n');
  });
});
