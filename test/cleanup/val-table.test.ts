import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Val, VALS, ValTable } from '../../src/analysis/cleanup/val-table.js';

const KEYS = ['ret', 'p', 'dev->irq', 'err', 'a=zero', 'x'];
const edit = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALS));

/** What a path knows after the edits, as the walk reads it: `unknown` is the same as never set. */
function oracle(edits: [string, Val][]): Map<string, Val> {
  const known = new Map<string, Val>();
  for (const [k, v] of edits) {
    if (v === 'unknown') known.delete(k);
    else known.set(k, v);
  }
  return known;
}

function apply(table: ValTable, edits: [string, Val][]): number {
  return edits.reduce((vals, [k, v]) => table.set(vals, k, v), ValTable.EMPTY);
}

const same = (a: Map<string, Val>, b: Map<string, Val>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

describe('the values a walk knows', () => {
  it('reads back what was set, and numbers two paths alike exactly when they know the same (property)', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), fc.array(edit, { maxLength: 12 }), (a, b) => {
        const table = new ValTable();
        const [na, nb] = [apply(table, a), apply(table, b)];
        const [oa, ob] = [oracle(a), oracle(b)];
        for (const k of KEYS) expect(table.get(na, k)).toBe(oa.get(k));
        expect(na === nb).toBe(same(oa, ob));
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers the same values set in any order alike (property)', () => {
    const known = fc.uniqueArray(edit, { selector: ([k]) => k, maxLength: KEYS.length });
    fc.assert(
      fc.property(known, fc.array(fc.nat()), (edits, swaps) => {
        const shuffled = [...edits];
        for (const [i, n] of swaps.entries()) {
          const [x, y] = [i % shuffled.length, n % shuffled.length];
          [shuffled[x], shuffled[y]] = [shuffled[y], shuffled[x]];
        }
        const table = new ValTable();
        expect(apply(table, shuffled)).toBe(apply(table, edits));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the empty number back once every known value is forgotten', () => {
    const table = new ValTable();
    const set = table.set(table.set(ValTable.EMPTY, 'ret', 'neg'), 'p', 'zero');
    expect(set).not.toBe(ValTable.EMPTY);
    expect(table.set(table.set(set, 'p', 'unknown'), 'ret', 'unknown')).toBe(ValTable.EMPTY);
  });
});
