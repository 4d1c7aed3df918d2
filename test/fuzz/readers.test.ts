// A small fixed-seed slice of the fuzzing properties (test/fuzz/properties.ts) for every `npm test`;
// `npm run fuzz` runs the same properties with 10,000 cases per reader.

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { READERS, checkReader } from './properties.js';

const RUNS = 200;

describe('every reader of untrusted text holds its properties on arbitrary input', () => {
  for (const reader of READERS) {
    it(`${reader.name}: no exception, bounded, lines inside the file, deterministic (${RUNS} cases)`, () => {
      fc.assert(
        fc.property(reader.input, (text) => checkReader(reader, text)),
        { numRuns: RUNS, seed: 20261130 },
      );
    });
  }
});
