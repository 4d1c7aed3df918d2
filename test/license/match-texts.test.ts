// Licence texts are matched on sorted shingle arrays, with candidates that cannot be present or beat the best one
// skipped (src/model/license/identify.ts): it must find what the former matching on sets found, for any file made
// of pieces of the licences and stray shingles (the former matching is kept here as the reference).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCandidates, type Candidate, matchTexts } from '../../src/model/license/identify.js';

const MIN_CONTAINMENT = 0.6;
const MIN_RESIDUAL = 12;

/** The former matching: every candidate tried against a set of the file's shingles, the explained ones deleted. */
function matchOnSets(fileSet: Set<number>): { cand: Candidate; containment: number }[] {
  const residual = new Set(fileSet);
  const found: { cand: Candidate; containment: number }[] = [];
  while (residual.size >= MIN_RESIDUAL) {
    let best: { cand: Candidate; dice: number; containment: number } | undefined;
    for (const cand of allCandidates()) {
      if (found.some((f) => f.cand === cand)) continue;
      let inter = 0;
      for (const h of cand.shingles) if (residual.has(h)) inter++;
      const containment = inter / cand.shingles.length;
      if (containment < MIN_CONTAINMENT) continue;
      const dice = (2 * inter) / (cand.shingles.length + residual.size);
      if (!best || dice > best.dice) best = { cand, dice, containment };
    }
    if (!best) break;
    found.push({ cand: best.cand, containment: best.containment });
    for (const h of best.cand.shingles) residual.delete(h);
  }
  return found;
}

const summary = (found: { cand: Candidate; containment: number }[]) => found.map((f) => `${f.cand.id} ${f.containment}`);

/** A file: for one to three licences, a share of their shingles (most of them above the containment needed) (kept by a seeded choice), plus stray 24-bit values. */
const fileArb = fc
  .record({
    parts: fc.array(fc.record({ licence: fc.nat(), share: fc.double({ min: 0.4, max: 1, noNaN: true }), seed: fc.nat() }), {
      minLength: 1,
      maxLength: 3,
    }),
    stray: fc.array(fc.integer({ min: 0, max: 0xffffff }), { maxLength: 400 }),
  })
  .map(({ parts, stray }) => {
    const candidates = allCandidates();
    const set = new Set<number>(stray);
    for (const p of parts) {
      const shingles = candidates[p.licence % candidates.length].shingles;
      let x = p.seed | 1;
      for (const h of shingles) {
        x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
        if (x / 2 ** 32 < p.share) set.add(h);
      }
    }
    return set;
  });

describe('licence text matching', () => {
  it('finds what matching on sets found, licence by licence, for any mix of licences and stray shingles', () => {
    fc.assert(
      fc.property(fileArb, (set) => {
        const sorted = Uint32Array.from(set).sort();
        expect(summary(matchTexts(sorted))).toEqual(summary(matchOnSets(set)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds each licence whole, alone and with another', () => {
    const candidates = allCandidates();
    for (const a of candidates) {
      const alone = new Set(a.shingles);
      expect(summary(matchTexts(Uint32Array.from(alone).sort()))).toEqual(summary(matchOnSets(alone)));
      expect(matchTexts(Uint32Array.from(alone).sort())[0]?.cand.id).toBe(a.id);
      for (const b of candidates) {
        const both = new Set([...a.shingles, ...b.shingles]);
        expect(summary(matchTexts(Uint32Array.from(both).sort()))).toEqual(summary(matchOnSets(both)));
      }
    }
  });
});
