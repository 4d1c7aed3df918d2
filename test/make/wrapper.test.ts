import { describe, expect, it } from 'vitest';
import { DKMS_INVOCATION, USER_INVOCATION, evalConditions } from '../../src/model/make/conditions.js';
import { expand } from '../../src/model/make/expand.js';
import { parseMakefile } from '../../src/model/make/parse.js';
import { commandNames, defaultGoalRules, headersOverridability, kbuildCalls } from '../../src/model/make/wrapper.js';

const mk = (t: string) => parseMakefile('Makefile', t, 'Makefile');

describe('wrapper facts', () => {
  it('finds kbuild calls with -C, M=/SUBDIRS= and goals', () => {
    const mf = mk(
      'all:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules && echo ok\nold:\n\tmake -C/lib/modules/x/build SUBDIRS=$(PWD)\nother:\n\t$(MAKE) -C tools\n',
    );
    expect(kbuildCalls(mf).map((c) => [c.dir, c.ext, c.goals, c.step.line])).toEqual([
      ['$(KDIR)', { name: 'M', value: '$(CURDIR)' }, ['modules'], 2],
      ['/lib/modules/x/build', { name: 'SUBDIRS', value: '$(PWD)' }, [], 4],
    ]);
  });

  it('tells whether the headers directory can be overridden', () => {
    expect(headersOverridability(mk('KDIR ?= /k'), '$(KDIR)')).toMatchObject({ variable: 'KDIR', overridable: true });
    expect(headersOverridability(mk('KDIR := /k'), '$(KDIR)')).toMatchObject({ overridable: false, reason: 'fixed' });
    expect(headersOverridability(mk('ifeq ($(KDIR),)\nKDIR := /k\nendif'), '$(KDIR)')).toMatchObject({ overridable: true });
    expect(headersOverridability(mk('ifneq ($(KDIR),)\nelse\nKDIR := /k\nendif'), '$(KDIR)')).toMatchObject({ overridable: true });
    expect(headersOverridability(mk('ifdef KDIR\nKDIR := /k\nendif'), '$(KDIR)')).toMatchObject({ overridable: false });
    expect(headersOverridability(mk(''), '/lib/modules/6.1/build')).toMatchObject({ overridable: false, reason: 'literal' });
    expect(headersOverridability(mk('KVER ?= 1'), '/lib/modules/$(KVER)/build')).toMatchObject({ overridable: true, reason: 'composite' });
  });

  it('follows the default goal through prerequisites, under KERNELRELEASE empty', () => {
    const mf = mk('ifneq ($(KERNELRELEASE),)\nkb:\n\techo kbuild\nelse\nall: a\na: b\n\techo a\nb:\n\techo b\nc:\n\techo c\nendif\n');
    expect(mf.defaultTarget).toBe('all');
    expect(defaultGoalRules(mf).map((r) => r.targets[0])).toEqual(['all', 'a', 'b']);
  });

  it('names the commands of a recipe line, not words inside strings', () => {
    expect(commandNames('@sudo -E /sbin/insmod x.ko; echo "sudo rmmod" | tee log && $(Q)depmod -a')).toEqual([
      'sudo',
      'insmod',
      'echo',
      'tee',
      'depmod',
    ]);
    expect(commandNames('# sudo insmod x.ko')).toEqual([]);
  });

  it('decides conditions per invocation and leaves the unknown open', () => {
    const c = mk(
      'ifeq ($(KERNELRELEASE),)\nX := 1\nendif\nifeq ($(ARCH),arm)\nY := 1\nendif\nifndef KBUILD_MODULES\nZ := 1\nendif',
    ).assignments;
    expect(c.map((a) => evalConditions(a.conditions, USER_INVOCATION))).toEqual([true, undefined, true]);
    expect(c.map((a) => evalConditions(a.conditions, DKMS_INVOCATION))).toEqual([false, undefined, true]);
  });

  it('expands text functions and substitution references without running anything', () => {
    const vars: Record<string, string> = { SRC: 'a.c b.c', N: 'm' };
    const e = expand('$(SRC:.c=.o) $(addprefix x/,$(notdir d/e.o)) $(if $(N),yes,no) $(strip  p   q )', (n) => vars[n]);
    expect(e).toMatchObject({ value: 'a.o b.o x/e.o yes p q', resolved: true });
    expect(expand('$(shell id) $(wildcard *.c)', () => undefined)).toMatchObject({
      value: ' ',
      resolved: false,
      unresolved: ['$(shell ...)', '$(wildcard ...)'],
    });
  });
});
