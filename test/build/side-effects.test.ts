import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/side-effects.js';
import { check } from './model.js';
import { GOOD_REPOS, SOURCE } from './wrappers.js';

describe('build/side-effects', () => {
  it('fires on sudo/insmod in the default target and in what it depends on', () => {
    const f = check(rule, {
      Makefile: [
        'obj-m := a.o',
        'all: build load',
        'build:',
        '\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules',
        'load:',
        '\t-sudo rmmod a || true',
        '\t@sudo /sbin/insmod a.ko && dmesg | tail',
        '\tdepmod -a',
        '',
      ].join('\n'),
      'a.c': SOURCE('a'),
    });
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [6, 'the default target (through load) runs sudo, rmmod'],
      [7, 'the default target (through load) runs sudo, insmod'],
      [8, 'the default target (through load) runs depmod'],
    ]);
  });
  it('is silent on separate load targets, echo text, shell comments and the good layouts', () => {
    const f = check(rule, {
      Makefile:
        'obj-m := a.o\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules\n\t@echo "now run: sudo insmod a.ko"\n\t# sudo insmod a.ko\nload:\n\tsudo insmod a.ko\n',
      'a.c': SOURCE('a'),
    });
    expect(f).toEqual([]);
    for (const files of Object.values(GOOD_REPOS)) expect(check(rule, files)).toEqual([]);
  });
});
