import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/removed-subdirs.js';
import { modelFromFiles } from '../helpers/rule-tester.js';
import { check } from './model.js';
import { CANONICAL, SOURCE } from './wrappers.js';

describe('build/removed-subdirs', () => {
  it('fires on SUBDIRS= handed to kbuild', () => {
    const f = check(rule, { Makefile: 'obj-m := a.o\nall:\n\t$(MAKE) -C $(KDIR) SUBDIRS=$(PWD) modules\n', 'a.c': SOURCE('a') });
    expect(f).toEqual([{ file: 'Makefile', line: 3, message: 'SUBDIRS=$(PWD) fails on kernels 5.3 and later; use M=' }]);
  });
  it('is silent on M= and on a SUBDIRS variable of the Makefile itself', () => {
    expect(check(rule, CANONICAL)).toEqual([]);
    expect(check(rule, { Makefile: 'SUBDIRS := lib app\nall:\n\tfor d in $(SUBDIRS); do $(MAKE) -C $$d; done\n' })).toEqual([]);
  });
  it('is silent when M= is passed too: kbuild then ignores SUBDIRS (the 6.12 Makefile refuses it only without M=)', () => {
    const files = {
      Makefile:
        'obj-m := a.o\nKDIR ?= /lib/modules/$(shell uname -r)/build\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) SUBDIRS=$(CURDIR) modules\n',
      'a.c': SOURCE('a'),
    };
    expect(check(rule, files)).toEqual([]);
    expect(modelFromFiles(files).kernels.implied.max).toBeNull();
    const only = { ...files, Makefile: files.Makefile.replace('M=$(CURDIR) ', '') };
    expect(check(rule, only)).toHaveLength(1);
    expect(modelFromFiles(only).kernels.implied.max).toBe('5.2');
  });
});
