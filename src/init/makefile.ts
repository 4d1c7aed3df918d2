// A Makefile for a bare module (C sources and no build file): one obj-m entry per source that declares entry
// points, and the kbuild wrapper targets every audit rule looks for.

export function renderMakefile(modules: string[], spdx?: string): string {
  return [
    ...(spdx ? [`# SPDX-License-Identifier: ${spdx}`] : []),
    `obj-m := ${modules.map((m) => `${m}.o`).join(' ')}`,
    '',
    'KDIR ?= /lib/modules/$(shell uname -r)/build',
    '',
    'all:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules',
    '',
    'modules_install:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules_install',
    '',
    'clean:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) clean',
    '',
    '.PHONY: all modules_install clean',
    '',
  ].join('\n');
}

/** Root C files that declare module entry points (module_init or a module_*_driver helper). */
export function bareModuleSources(files: Map<string, { text?: string }>): string[] {
  return [...files.entries()]
    .filter(([p, f]) => /^[\w-]+\.c$/.test(p) && /^\s*(module_init|module_\w+_driver|module_driver)\s*\(/m.test(f.text ?? ''))
    .map(([p]) => p.slice(0, -2))
    .sort();
}
