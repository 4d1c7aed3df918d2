// Shared sources of the rule examples: a small, correct module, so each example shows only its point.

export const HELLO_C = `// SPDX-License-Identifier: GPL-2.0
#include <linux/init.h>
#include <linux/module.h>

static int __init hello_init(void)
{
	pr_info("hello\\n");
	return 0;
}

static void __exit hello_exit(void)
{
	pr_info("bye\\n");
}

module_init(hello_init);
module_exit(hello_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("Jane Doe <jane@example.org>");
MODULE_DESCRIPTION("Says hello");
`;

export const HELLO_MAKEFILE = `# SPDX-License-Identifier: GPL-2.0
obj-m := hello.o

KDIR ?= /lib/modules/$(shell uname -r)/build

all:
	$(MAKE) -C $(KDIR) M=$(CURDIR) modules

clean:
	$(MAKE) -C $(KDIR) M=$(CURDIR) clean
`;

export const HELLO_MODULE = { 'hello.c': HELLO_C, Makefile: HELLO_MAKEFILE };

export const README_BUILD = `## Build

Install the headers of the running kernel (\`linux-headers-$(uname -r)\` on Debian), then:

\`\`\`sh
make
make KDIR=/path/to/other/headers   # another kernel
\`\`\`
`;

export const README_INSTALL = `## Install

\`\`\`sh
sudo insmod hello.ko
sudo make -C /lib/modules/$(uname -r)/build M=$PWD modules_install
\`\`\`
`;

export const README_SIGNING = `## Secure Boot

With Secure Boot the kernel refuses unsigned modules. Sign it with your MOK key:

\`\`\`sh
/usr/src/linux-headers-$(uname -r)/scripts/sign-file sha256 MOK.priv MOK.der hello.ko
\`\`\`
`;

export function readme(...sections: string[]): string {
  return ['# hello', '', 'A kernel module that says hello.', '', ...sections].join('\n');
}
