// Which functions the wrong-check search may skip as callers' sources of pointers: those declared to return a number
// or nothing. Anything unsure (a typedef, a macro, a `*`) keeps the function.

import { describe, expect, it } from 'vitest';
import { returnsNoPointer } from '../../src/analysis/cleanup/return-type.js';
import wrongErrorCheck from '../../src/rules/cleanup/wrong-error-check.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

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

describe('the wrong-check search through helpers of unknown return type', () => {
  it('still reports a NULL test of a helper declared with a typedef that fails with ERR_PTR', () => {
    const files = repo(`typedef struct foo *foo_handle_t;
static struct foo foos[4];
static foo_handle_t foo_get(int n)
{
	if (n < 0 || n >= 4)
		return ERR_PTR(-EINVAL);
	return &foos[n];
}
static long foo_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	foo_handle_t h = foo_get(cmd);
	if (!h)
		return -ENODEV;
	return 0;
}
static int __init foo_init(void)
{
	return 0;
}
static void __exit foo_exit(void)
{
}
module_init(foo_init);
module_exit(foo_exit);
`);
    const lines = files['main.c'].split('\n');
    const findings = runRule(wrongErrorCheck, files);
    expect(findings.map((f) => f.line)).toEqual([lines.findIndex((l) => l.includes('if (!h)')) + 1]);
  });
});
