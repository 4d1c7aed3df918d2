import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/kdir-not-overridable.js';
import { check } from './model.js';
import { GOOD_REPOS, SOURCE } from './wrappers.js';

const wrapper = (kdir: string, call = '$(MAKE) -C $(KDIR) M=$(CURDIR) modules') => ({
  Makefile: `obj-m := a.o\n${kdir}\nall:\n\t${call}\n`,
  'a.c': SOURCE('a'),
});

describe('build/kdir-not-overridable', () => {
  it('fires on := and =, at the assignment', () => {
    expect(check(rule, wrapper('KDIR := /lib/modules/$(shell uname -r)/build')).map((f) => [f.line, f.message])).toEqual([
      [
        2,
        'KDIR is set with :=, so the environment cannot change it (only `make KDIR=...` can); use KDIR ?= /lib/modules/$(shell uname -r)/build',
      ],
    ]);
    expect(check(rule, wrapper('KDIR = /x'))).toHaveLength(1);
  });
  it('fires on override and on a literal -C path', () => {
    expect(check(rule, wrapper('override KDIR ?= /x'))[0].message).toMatch(/override/);
    expect(check(rule, wrapper('', 'make -C /lib/modules/$(shell uname -r)/build M=$(CURDIR) modules'))[0]).toMatchObject({ line: 4 });
  });
  it('is silent on ?=, a guarded default, an unset variable and the good layouts', () => {
    expect(check(rule, wrapper('KDIR ?= /x'))).toEqual([]);
    expect(check(rule, wrapper('ifndef KDIR\nKDIR := /x\nendif'))).toEqual([]);
    expect(check(rule, wrapper('ifeq ($(KDIR),)\nKDIR = /x\nendif'))).toEqual([]);
    expect(check(rule, wrapper('ifeq ($(origin KDIR),undefined)\nKDIR := /x\nendif'))).toEqual([]);
    expect(check(rule, wrapper(''))).toEqual([]);
    for (const files of Object.values(GOOD_REPOS)) expect(check(rule, files)).toEqual([]);
  });
});
