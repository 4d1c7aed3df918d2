// Which functions the wrong-check search may skip as callers' sources of pointers: those declared to return a number
// or nothing. Anything unsure (a typedef, a macro, a `*`) keeps the function (wrong-check-everywhere.test.ts has a
// helper of a typedef'd pointer type still followed).

import { describe, expect, it } from 'vitest';
import { returnsNoPointer } from '../../src/analysis/cleanup/return-type.js';

describe('returnsNoPointer', () => {
  it('is true for numbers and void, whatever storage class, qualifier or annotation stands beside them', () => {
    for (const prefix of [
      'static int',
      'int',
      'static int __init',
      'static void __exit',
      'static inline unsigned long',
      'static __must_check bool',
      'static u32',
      'static __le16',
      'static inline uint64_t',
      'static enum foo_state',
      'static irqreturn_t',
      'static ssize_t',
      'const __poll_t',
    ])
      expect(returnsNoPointer(prefix), prefix).toBe(true);
  });

  it('is false for pointers, unknown type names, structs and anything it cannot read', () => {
    for (const prefix of [
      'static struct foo *',
      'static void *',
      'static void __iomem *',
      'static foo_handle_t', // a typedef may be a pointer
      'static PVOID',
      'static struct foo',
      'MODULE_LICENSE("   ") static int', // a macro without its semicolon stands before the definition
      'static __init',
      '',
    ])
      expect(returnsNoPointer(prefix), prefix).toBe(false);
  });
});
