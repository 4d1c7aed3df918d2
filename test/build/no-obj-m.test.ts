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
