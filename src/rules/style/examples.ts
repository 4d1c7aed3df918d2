// A small kernel-style source for the style rule examples.

export const STYLE_GOOD = `// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>

static int __init hello_init(void)
{
	pr_info("hello\\n");
	return 0;
}
module_init(hello_init);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Says hello");
`;

export const STYLE_MAKEFILE = 'obj-m := hello.o\n';

export function styleExample(bad: string) {
  return {
    bad: { 'hello.c': bad, Makefile: STYLE_MAKEFILE },
    good: { 'hello.c': STYLE_GOOD, Makefile: STYLE_MAKEFILE },
  };
}
