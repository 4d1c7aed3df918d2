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

  it('reads as the text with every edit so far applied, whenever it is read between edits (property)', () => {
    const edit = fc.oneof(
      // a unit above 255 set into a text of bytes makes the buffer widen
      fc.record({ set: fc.integer({ min: -2, max: 40 }), ch: fc.constantFrom(' ', '_', ';', 'w', '\n', 'ÿ', '€') }),
      fc.record({ from: fc.integer({ min: -2, max: 40 }), to: fc.integer({ min: -2, max: 45 }) }),
      fc.constant('read' as const),
    );
    // texts of one-byte units (kept as bytes) and of wider ones (kept as UTF-16 from the start)
    const unit = fc.constantFrom('a', 'b', ' ', '\n', '\r', 'é', 'ÿ', '\u0100', '€', '\uFEFF');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.array(edit, { maxLength: 12 }), (text, edits) => {
        const b = new EditBuffer(text);
        const model = Array.from({ length: text.length }, (_, i) => text[i]);
        for (const e of edits) {
          if (e === 'read') expect(b.toString()).toBe(model.join(''));
          else if ('set' in e) {
            b.set(e.set, e.ch);
            if (e.set >= 0 && e.set < model.length) model[e.set] = e.ch;
          } else {
            b.blank(e.from, e.to);
            for (let i = Math.max(0, e.from); i < Math.min(e.to, model.length); i++) if (model[i] !== '\n') model[i] = ' ';
          }
        }
        expect(b.toString()).toBe(model.join(''));
        expect(b.length).toBe(text.length);
      }),
      { numRuns: 3000 },
    );
  });
});
