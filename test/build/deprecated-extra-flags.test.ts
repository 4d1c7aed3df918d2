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
      [2, 'EXTRA_CFLAGS is deprecated; use ccflags-y (line 2)'],
      [3, 'EXTRA_LDFLAGS is deprecated; use ldflags-y (line 3)'],
      [5, 'EXTRA_CFLAGS= on the make command line is deprecated; set ccflags-y in Kbuild (line 5)'],
    ]);
  });
  it('says it once per file and variable, with the count and the lines (a vendor Makefile sets it hundreds of times)', () => {
    const flags = Array.from({ length: 40 }, (_, i) => `ifeq ($(CONFIG_P${i}), y)\nEXTRA_CFLAGS += -DP${i}\nendif\n`).join('');
    const f = check(rule, { Makefile: `obj-m := a.o\n${flags}`, 'a.c': SOURCE('a') });
    expect(f).toHaveLength(1);
    expect(f[0].line).toBe(3);
    expect(f[0].message).toBe('EXTRA_CFLAGS is deprecated; use ccflags-y (40 assignments) (lines 3, 6, 9, 12, 15, ...)');
  });
  it('is silent on ccflags-y', () => {
    expect(check(rule, { Kbuild: 'obj-m := a.o\nccflags-y += -DDEBUG\n', 'a.c': SOURCE('a') })).toEqual([]);
    expect(check(rule, CANONICAL)).toEqual([]);
  });
});
