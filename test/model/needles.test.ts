// wordsFinder says of each word what `text.includes(word)` says, from one pass over the text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsFinder } from '../../src/model/kernels/needles.js';

const piece = fc.constantFrom('a', 'b', 'ab', 'ba', 'abc', 'c', '_', '.', '(');
const wordArb = fc.array(piece, { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
const textArb = fc.array(piece, { maxLength: 30, size: 'max' }).map((a) => a.join(''));

describe('wordsFinder', () => {
  it('finds exactly the words a text includes, overlapping or held in one another', () => {
    fc.assert(
      fc.property(fc.array(wordArb, { maxLength: 6 }), textArb, (words, text) => {
        const found = wordsFinder(words)(text);
        expect([...found].sort()).toEqual([...new Set(words.filter((w) => text.includes(w)))].sort());
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the compatibility words of kernel code', () => {
    const find = wordsFinder(['proc_ops', 'mmap_sem', 'mnt_idmap', 'i_ctime']);
    expect(find('static const struct proc_ops x_ops = {};\ndown_read(&mm->mmap_sem);')).toEqual(new Set(['proc_ops', 'mmap_sem']));
    // one word ends as the other starts
    expect(find('mnt_idmaproc_ops')).toEqual(new Set(['mnt_idmap', 'proc_ops']));
    expect(find('int x;')).toEqual(new Set());
  });
});
