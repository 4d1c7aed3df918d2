// A small fixed-seed slice of the fuzzing properties (test/fuzz/properties.ts) for every `npm test`;
// `npm run fuzz` runs the same properties with 10,000 cases per reader.

import fc from 'fast-check';
import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { IgnoreRules } from '../../src/scan/glob.js';
import { ORDINARY_GLOBS, READERS, checkReader } from './properties.js';

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

describe('glob matching', () => {
  it('agrees with the `ignore` package on ordinary patterns (500 cases)', () => {
    fc.assert(
      fc.property(ORDINARY_GLOBS.patterns, ORDINARY_GLOBS.paths, (patterns, paths) => {
        const reference = ignore().add(patterns);
        const mine = new IgnoreRules().add(patterns);
        for (const p of paths) expect(mine.ignores(p), `${JSON.stringify(patterns)} on ${p}`).toBe(reference.ignores(p));
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });
});
