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
});
