import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/deprecated-extra-flags.js';
import { check } from './model.js';
import { CANONICAL, SOURCE } from './wrappers.js';

describe('build/deprecated-extra-flags', () => {
  it('fires on EXTRA_CFLAGS/EXTRA_LDFLAGS assignments and on the command line', () => {
    const f = check(rule, {
      Makefile:
        'obj-m := a.o\nEXTRA_CFLAGS += -DDEBUG\nEXTRA_LDFLAGS := -x\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) EXTRA_CFLAGS="-O1" modules\n',
      'a.c': SOURCE('a'),
    });
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [2, 'EXTRA_CFLAGS is deprecated; use ccflags-y'],
      [3, 'EXTRA_LDFLAGS is deprecated; use ldflags-y'],
      [5, 'EXTRA_CFLAGS= on the make command line is deprecated; set ccflags-y in Kbuild'],
    ]);
  });
  it('is silent on ccflags-y', () => {
    expect(check(rule, { Kbuild: 'obj-m := a.o\nccflags-y += -DDEBUG\n', 'a.c': SOURCE('a') })).toEqual([]);
    expect(check(rule, CANONICAL)).toEqual([]);
  });
});
