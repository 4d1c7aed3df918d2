// Build files of the good kinds every build rule must stay silent on, and a module source to go with them.

export const SOURCE = (name: string) =>
  [
    '// SPDX-License-Identifier: GPL-2.0',
    '#include <linux/module.h>',
    `static int __init ${name}_init(void) { return 0; }`,
    `static void __exit ${name}_exit(void) { }`,
    `module_init(${name}_init);`,
    `module_exit(${name}_exit);`,
    'MODULE_LICENSE("GPL");',
    'MODULE_DESCRIPTION("test");',
    '',
  ].join('\n');

const GITIGNORE = '*.o\n*.ko\n*.mod\n*.mod.c\n*.o.*\n.*.cmd\n.*.d\n.tmp_versions/\nModule.symvers\nmodules.order\n';

/** kbuild modules.rst §3.1, verbatim apart from the names. */
export const CANONICAL: Record<string, string> = {
  Makefile: [
    'ifneq ($(KERNELRELEASE),)',
    'obj-m := foo.o',
    'foo-y := foo_main.o foo_hw.o',
    'else',
    'KDIR ?= /lib/modules/$(shell uname -r)/build',
    'default:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules',
    'modules_install:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules_install',
    'clean:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) clean',
    'endif',
    '',
  ].join('\n'),
  'foo_main.c': SOURCE('foo'),
  'foo_hw.c': '// SPDX-License-Identifier: GPL-2.0\nint foo_hw;\n',
  '.gitignore': GITIGNORE,
};

/** Kbuild alone: users run `make -C <kdir> M=$PWD` themselves. */
export const KBUILD_ONLY: Record<string, string> = {
  Kbuild: 'obj-m := bar.o\n',
  'bar.c': SOURCE('bar'),
  '.gitignore': GITIGNORE,
};

/** One Makefile for both readers, split on KBUILD_MODULES (set by kbuild, not by dkms' KERNELRELEASE=). */
export const KBUILD_MODULES_DUAL: Record<string, string> = {
  Makefile: [
    'obj-m += dual.o',
    'ifeq ($(KBUILD_MODULES),)',
    'KDIR ?= /lib/modules/$(shell uname -r)/build',
    'all:',
    '\t$(MAKE) -C $(KDIR) M=$$PWD modules',
    'install:',
    '\t$(MAKE) -C $(KDIR) M=$$PWD modules_install',
    'clean:',
    '\t$(MAKE) -C $(KDIR) M=$$PWD clean',
    'endif',
    '',
  ].join('\n'),
  'dual.c': SOURCE('dual'),
  '.gitignore': GITIGNORE,
};

/** A Kbuild plus a wrapper whose targets are visible whatever KERNELRELEASE holds, driven by dkms. */
export const DKMS_SAFE: Record<string, string> = {
  Kbuild: 'obj-m := baz.o\n',
  Makefile: [
    'KVER ?= $(if $(KERNELRELEASE),$(KERNELRELEASE),$(shell uname -r))',
    'KDIR ?= /lib/modules/$(KVER)/build',
    'all:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules',
    'clean:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) clean',
    'load: all',
    '\tsudo insmod baz.ko',
    '',
  ].join('\n'),
  'dkms.conf': [
    'PACKAGE_NAME="baz"',
    'PACKAGE_VERSION="1.2"',
    'BUILT_MODULE_NAME[0]="baz"',
    'DEST_MODULE_LOCATION[0]="/updates/dkms"',
    'MAKE[0]="make KVER=${kernelver} KDIR=${kernel_source_dir}"',
    'AUTOINSTALL="yes"',
    '',
  ].join('\n'),
  'baz.c': SOURCE('baz'),
  '.gitignore': GITIGNORE,
};

export const GOOD_REPOS = { CANONICAL, KBUILD_ONLY, KBUILD_MODULES_DUAL, DKMS_SAFE };
