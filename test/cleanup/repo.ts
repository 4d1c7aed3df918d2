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
