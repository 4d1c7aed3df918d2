// Findings, rules and paths are ordered by code unit: the same on every runner, whatever its locale (a collator
// orders `readme.md` before `README.md` and `_x.c` before `a.c`, and differently from one locale to another).

import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/text/compare.js';

describe('compareText', () => {
  it('orders by UTF-16 code unit, not by a collator', () => {
    const paths = ['readme.md', 'README.md', 'b.c', 'B.c', '_x.c', 'a-b.c', 'a_b.c', 'ä.c', 'z.c'];
    expect([...paths].sort(compareText)).toEqual(['B.c', 'README.md', '_x.c', 'a-b.c', 'a_b.c', 'b.c', 'readme.md', 'z.c', 'ä.c']);
    expect(compareText('x', 'x')).toBe(0);
  });
});
