// Licence texts are recognised by their shingles (src/model/license/shingles.ts), stored in the data as sorted
// 24-bit numbers in base64 and read back as arrays: the identification counts each shingle once, so what is read back
// must be exactly the set that was written, for any set and for every licence the data holds; and a file's words are
// hashed as the data's were.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../src/data/license-fingerprints.json' with { type: 'json' };
import { decodeShingles, encodeShingles, trigramHash } from '../../src/model/license/shingles.js';

/** FNV-1a (32 bit) of a string: the hash the fingerprints in the data were made with. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

describe('licence shingles', () => {
  it('read back as written: the set, sorted, each once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffff }), { maxLength: 300 }), (values) => {
        const set = new Set(values);
        expect([...decodeShingles(encodeShingles(set))]).toEqual([...set].sort((a, b) => a - b));
      }),
      { numRuns: 2000 },
    );
  });

  it('of every licence in the data, distinct and in order', () => {
    const { licenses } = data as { licenses: { id: string; shingles: string }[] };
    expect(licenses.length).toBeGreaterThan(10);
    for (const l of licenses) {
      const read = decodeShingles(l.shingles);
      expect(read.length, l.id).toBeGreaterThan(20);
      for (let i = 1; i < read.length; i++) if (read[i] <= read[i - 1]) expect.fail(`${l.id}: shingle ${i} out of order`);
    }
  });

  it('hashes three words as the string of them joined by spaces, as the data was made (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', ' ', '\u00e9', '\u4e2d', '\ud83d'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        expect(trigramHash(a, b, c)).toBe(fnv1a(`${a} ${b} ${c}`));
      }),
      { numRuns: 2000 },
    );
  });
});
