import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/missing-clean-target.js';
import { check } from './model.js';
import { GOOD_REPOS, SOURCE } from './wrappers.js';

describe('build/missing-clean-target', () => {
  it('fires on a wrapper without clean', () => {
    const f = check(rule, { Makefile: 'obj-m := a.o\nKDIR ?= /k\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules\n', 'a.c': SOURCE('a') });
    expect(f).toEqual([{ file: 'Makefile', line: 3, message: 'Makefile builds through kbuild but has no clean target' }]);
  });
  it('is silent with clean, with a %: forwarder, without a wrapper and on the good layouts', () => {
    expect(check(rule, { Makefile: 'obj-m := a.o\n%:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) $@\n', 'a.c': SOURCE('a') })).toEqual([]);
    expect(check(rule, { Makefile: 'obj-m := a.o\n', 'a.c': SOURCE('a') })).toEqual([]);
    for (const files of Object.values(GOOD_REPOS)) expect(check(rule, files)).toEqual([]);
  });
  it("is silent on a top-level Makefile whose sub-make into the module's folder is not a kbuild call", () => {
    const files = {
      Makefile: 'all: build\nbuild:\n\t$(MAKE) -C driver modules\ncompile_commands.json:\n\tbear -- $(MAKE) -C driver clean modules\n',
      'driver/Makefile': 'KDIR ?= /lib/modules/$(shell uname -r)/build\nclean modules:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR)/src $@\n',
      'driver/src/Kbuild': 'obj-m := a.o\n',
      'driver/src/a.c': SOURCE('a'),
    };
    expect(check(rule, files)).toEqual([]);
    // The folder's own wrapper without clean still fires.
    const noClean = { ...files, 'driver/Makefile': files['driver/Makefile'].replace('clean modules:', 'modules:') };
    expect(check(rule, noClean)).toMatchObject([{ file: 'driver/Makefile' }]);
  });
});
