import { describe, expect, it } from 'vitest';
import missingMakefile from '../../src/rules/build/missing-makefile.js';
import rule from '../../src/rules/build/no-obj-m.js';
import { check } from './model.js';
import { GOOD_REPOS, SOURCE } from './wrappers.js';

const TEMPLATE = 'KDIR = @KDIR@\nobj-m = drv.o\n\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules\n';

describe('build/no-obj-m', () => {
  it('fires when no build file assigns obj-m', () => {
    const f = check(rule, { Makefile: 'all:\n\tgcc -o tool tool.c\n', 'drv.c': SOURCE('drv') });
    expect(f).toEqual([
      { file: 'Makefile', line: 1, message: 'Makefile and the other build files never assign obj-m, so kbuild builds no module' },
    ]);
  });
  it('is silent when a Kbuild includes per-module fragments by a computed name (NVIDIA open-gpu pattern)', () => {
    const files = {
      Makefile: 'all:\n\t$(MAKE) -C kernel-open modules\n',
      'kernel-open/Makefile': 'all:\n\t$(MAKE) -C $(KERNEL_SOURCES) M=$(CURDIR) modules\n',
      'kernel-open/Kbuild': 'MODS ?= drv\n$(foreach m, $(MODS), $(eval include $(src)/$(m)/$(m).Kbuild))\n',
      'kernel-open/drv/drv.Kbuild': 'obj-m += drv.o\ndrv-y := drv/main.o\n',
      'kernel-open/drv/main.c': SOURCE('drv'),
    };
    expect(check(rule, files)).toEqual([]);
  });
  it('is silent on the good layouts', () => {
    for (const files of Object.values(GOOD_REPOS)) expect(check(rule, files)).toEqual([]);
  });
  it('is silent when ./configure generates the Makefile from a Makefile.in that assigns obj-m', () => {
    // A packaging Makefile in a subfolder (an OpenWrt recipe) is no kbuild file of the module.
    const files = { 'Makefile.in': TEMPLATE, 'drv.c': SOURCE('drv'), 'packaging/Makefile': 'include $(TOPDIR)/rules.mk\nPKG_NAME:=drv\n' };
    expect(check(rule, files)).toEqual([]);
    expect(check(missingMakefile, { 'Makefile.in': TEMPLATE, 'drv.c': SOURCE('drv') })).toEqual([]);
    // The generated Makefile, when committed, is what counts.
    expect(check(rule, { ...files, Makefile: 'all:\n\tgcc -o tool tool.c\n' })).toHaveLength(1);
  });
});
