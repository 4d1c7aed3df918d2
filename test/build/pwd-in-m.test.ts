import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/pwd-in-m.js';
import { check } from './model.js';
import { GOOD_REPOS, SOURCE } from './wrappers.js';

describe('build/pwd-in-m', () => {
  it('fires on M=$(PWD) and M=${PWD}', () => {
    const f = check(rule, {
      Makefile: 'obj-m := a.o\nall:\n\t$(MAKE) -C $(KDIR) M=$(PWD) modules\nclean:\n\t$(MAKE) -C $(KDIR) M=${PWD} clean\n',
      'a.c': SOURCE('a'),
    });
    expect(f.map((x) => x.line)).toEqual([3, 5]);
    expect(f[0].message).toMatch(/CURDIR/);
  });
  it('is silent when PWD is set by the file, on $$PWD and on the good layouts', () => {
    expect(
      check(rule, { Makefile: 'PWD := $(shell pwd)\nobj-m := a.o\nall:\n\t$(MAKE) -C $(KDIR) M=$(PWD) modules\n', 'a.c': SOURCE('a') }),
    ).toEqual([]);
    for (const files of Object.values(GOOD_REPOS)) expect(check(rule, files)).toEqual([]);
  });
});
