// Licence texts are recognised by their shingles (src/model/license/shingles.ts), stored in the data as sorted
// 24-bit numbers in base64 and read back as arrays: the identification counts each shingle once, so what is read back
// must be exactly the set that was written, for any set and for every licence the data holds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../src/data/license-fingerprints.json' with { type: 'json' };
import { decodeShingles, encodeShingles } from '../../src/model/license/shingles.js';

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
});
