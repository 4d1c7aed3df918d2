// Offsets become lines and columns through the line index (src/text/lines.ts), which every finding's position goes
// through: it must agree with counting line breaks, on any text and offset, the ends and past them included.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/text/lines.js';

/** Line and column of `offset` by counting: 1-based, a line starting after each \n. */
function counted(text: string, offset: number): [number, number] {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const start = offset <= 0 ? 0 : before.lastIndexOf('\n') + 1;
  return [line, offset - start + 1];
}

describe('line index', () => {
  it('agrees with counting line breaks at every offset of any text (property)', () => {
    const unit = fc.constantFrom('a', ' ', '\n', '\r', '\t', 'é', '€');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const idx = lineIndex(text);
        for (let offset = 0; offset <= text.length + 1; offset++) {
          expect([idx.lineAt(offset), idx.columnAt(offset)]).toEqual(counted(text, offset));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('places offsets in a text of many lines', () => {
    const text = Array.from({ length: 70_000 }, (_, i) => `line ${i}`).join('\n');
    const idx = lineIndex(text);
    const at = text.indexOf('line 65432');
    expect([idx.lineAt(at), idx.columnAt(at + 5)]).toEqual([65_433, 6]);
  });
});
