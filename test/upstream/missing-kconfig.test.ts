import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/upstream/missing-kconfig.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const KCONFIG = 'config GOOD\n\ttristate "Good module"\n\thelp\n\t  A good module.\n';

describe('upstream/missing-kconfig', () => {
  it('reports a module built only with obj-m, at its obj-m line', () => {
    const found = runRule(rule, GOOD_MODULE);
    expect(found).toEqual([{ file: 'Makefile', line: 2, message: 'module good has no Kconfig entry (built only with obj-m)' }]);
  });

  it('accepts a Kconfig entry beside the module', () => {
    expect(runRule(rule, { ...GOOD_MODULE, Kconfig: KCONFIG })).toEqual([]);
  });

  it('accepts a Kconfig in a parent folder of the module', () => {
    const files = {
      Kconfig: KCONFIG,
      Makefile: 'obj-m += drv/\n',
      'drv/Makefile': GOOD_MODULE.Makefile,
      'drv/good.c': GOOD_MODULE['good.c'],
    };
    expect(runRule(rule, files)).toEqual([]);
  });

  it('does not take a Kconfig without config entries', () => {
    expect(runRule(rule, { ...GOOD_MODULE, Kconfig: '# nothing yet\n' })).toHaveLength(1);
  });

  it('checks that the CONFIG_ symbol of obj-$(CONFIG_X) is defined', () => {
    const makefile = 'CONFIG_GOOD ?= m\nobj-$(CONFIG_GOOD) += good.o\n';
    const defined = runRule(rule, { ...GOOD_MODULE, Makefile: makefile, Kconfig: KCONFIG });
    const other = runRule(rule, { ...GOOD_MODULE, Makefile: makefile, Kconfig: KCONFIG.replace('GOOD', 'OTHER') });
    expect(defined).toEqual([]);
    expect(other.map((f) => f.message)).toEqual(['module good is built by CONFIG_GOOD, which no Kconfig file defines']);
  });

  it('places a module that configure builds from Makefile.in at its obj-m line in the template', () => {
    const files = { 'Makefile.in': 'obj-m = good.o\n', 'good.c': GOOD_MODULE['good.c'] };
    const found = runRule(rule, files);
    expect(found.map((f) => [f.file, f.message])).toEqual([['Makefile.in', 'module good has no Kconfig entry (built only with obj-m)']]);
    expect(found[0].line).toBeGreaterThan(0);
  });
});
