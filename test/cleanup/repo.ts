// In-memory module repositories for the cleanup and security rule tests.

export const MAKEFILE = 'obj-m := m.o\nm-y := main.o\n';

/** A one-module repository: `main.c` holds `body` after the usual includes. */
export function repo(body: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    Makefile: extra.Makefile ?? MAKEFILE,
    'main.c': `// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n\n${body}\nMODULE_LICENSE("GPL");\n`,
    ...extra,
  };
}

/** A module whose init runs `init` and then succeeds, and whose exit runs `exit`; `decls` at file scope (and `buf`). */
export const initExit = (decls: string, init: string, exit: string) =>
  repo(`#include <linux/pci.h>
#include <linux/slab.h>

static char *buf;
${decls}

static int __init foo_init(void)
{
${init}
	return 0;
}

static void __exit foo_exit(void)
{
${exit}
}
module_init(foo_init);
module_exit(foo_exit);
`);
