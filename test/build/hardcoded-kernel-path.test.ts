import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/hardcoded-kernel-path.js';
import { check } from './model.js';
import { CANONICAL, SOURCE } from './wrappers.js';

describe('build/hardcoded-kernel-path', () => {
  it('fires on a release written into the headers path (assignment and recipe)', () => {
    const f = check(rule, {
      Makefile:
        'obj-m := a.o\nKDIR := /lib/modules/5.15.0-91-generic/build\nall:\n\t$(MAKE) -C /usr/src/linux-headers-6.1.0-9-amd64 M=$(CURDIR) modules\n',
      'a.c': SOURCE('a'),
    });
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [2, 'the headers path /lib/modules/5.15.0-91-generic names kernel 5.15.0-91-generic; the build fails on every other kernel'],
      [4, 'the headers path /usr/src/linux-headers-6.1.0-9-amd64 names kernel 6.1.0-9-amd64; the build fails on every other kernel'],
    ]);
  });
  it("decides platform branches with the Makefile's own defaults (vendor Wi-Fi pattern)", () => {
    const makefile = [
      'CONFIG_PLATFORM_I386_PC = y',
      'CONFIG_PLATFORM_ARM_BOARD = n',
      'obj-m := a.o',
      'ifeq ($(CONFIG_PLATFORM_I386_PC), y)',
      'KVER ?= $(shell uname -r)',
      'KSRC ?= /lib/modules/$(KVER)/build',
      'endif',
      'ifeq ($(CONFIG_PLATFORM_ARM_BOARD), y)',
      'KSRC := /usr/src/linux-2.6.34.1',
      'endif',
      'ifeq ($(CONFIG_PLATFORM_UNSET), y)',
      'KSRC := /lib/modules/4.9.0-board/build',
      'endif',
      'all:',
      '\t$(MAKE) -C $(KSRC) M=$(CURDIR) modules',
      '',
    ].join('\n');
    // The ARM branch is an alternative the defaults do not take; a branch they do not decide is still reported.
    expect(check(rule, { Makefile: makefile, 'a.c': SOURCE('a') }).map((x) => x.line)).toEqual([12]);
    const armDefault = makefile.replace('CONFIG_PLATFORM_ARM_BOARD = n', 'CONFIG_PLATFORM_ARM_BOARD = y');
    expect(check(rule, { Makefile: armDefault, 'a.c': SOURCE('a') }).map((x) => x.line)).toEqual([9, 12]);
  });
  it('is silent on uname -r, on comments and on the canonical wrapper', () => {
    expect(check(rule, CANONICAL)).toEqual([]);
    expect(check(rule, { Makefile: '# e.g. KDIR=/lib/modules/5.15.0/build\nobj-m := a.o\n', 'a.c': SOURCE('a') })).toEqual([]);
  });
});
