import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/missing-install-target.js';
import { check } from './model.js';
import { CANONICAL, DKMS_SAFE, SOURCE } from './wrappers.js';

const NO_INSTALL = {
  Makefile: 'obj-m := a.o\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules\nclean:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) clean\n',
  'a.c': SOURCE('a'),
};

describe('build/missing-install-target', () => {
  it('fires on a wrapper without install or modules_install and no dkms.conf', () => {
    expect(check(rule, NO_INSTALL)).toEqual([
      { file: 'Makefile', line: 2, message: 'Makefile offers no install or modules_install target and there is no dkms.conf' },
    ]);
  });
  it('is silent with modules_install, with install, with a dkms.conf', () => {
    expect(check(rule, CANONICAL)).toEqual([]);
    expect(
      check(rule, { ...NO_INSTALL, Makefile: `${NO_INSTALL.Makefile}install:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules_install\n` }),
    ).toEqual([]);
    expect(check(rule, DKMS_SAFE)).toEqual([]);
  });
});
