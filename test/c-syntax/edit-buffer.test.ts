// The buffer the parser's input is prepared in must give back exactly the text it was given, edits aside:
// same length, same characters, whatever the text holds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditBuffer } from '../../src/model/c/syntax/edit-buffer.js';

describe('EditBuffer', () => {
  it('round-trips any text from a file, a leading byte-order mark and non-Latin letters included', () => {
    for (const t of ['\uFEFFint x;', 'ä = "ß";\n€', '', 'a\r\nb']) expect(new EditBuffer(t).toString()).toBe(t);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => new EditBuffer(t).toString() === t));
  });

  it('blanks keep line breaks and length; set replaces one character', () => {
    const b = new EditBuffer('ab\ncd;');
    b.blank(1, 5);
    b.set(5, ',');
    b.set(99, 'x'); // out of range: ignored
    expect(b.toString()).toBe('a \n  ,');
  });
});
