import { describe, expect, it } from 'vitest';
import gplOnlySymbol from '../../src/rules/license/gpl-only-symbol.js';
import { runRule } from '../helpers/rule-tester.js';
import { lineOf, moduleFiles } from './module-files.js';

const USES_CLASS =
  '\tstatic struct class *c;\n\tc = class_create("hello");\n\tdevice_create(c, NULL, 0, NULL, "hello");\n\tc = class_create("again");';

describe('license/gpl-only-symbol', () => {
  it('leaves out calls compiled only when the driver is built into the kernel (OpenZFS zfs_sysfs pattern)', () => {
    const body = [
      '#if defined(CONFIG_CFS) && !defined(CONFIG_CFS_MODULE)',
      '\tkobject_create_and_add("cfs", fs_kobj);',
      '#else',
      '\tpr_info("module\\n");',
      '#endif',
      '#ifndef MODULE',
      '\tkobject_create_and_add("cfs2", fs_kobj);',
      '#endif',
    ].join('\n');
    const files = moduleFiles({ license: '"Proprietary"', body, extra: '#include <linux/kobject.h>' });
    expect(runRule(gplOnlySymbol, files)).toEqual([]);
    const always = moduleFiles({
      license: '"Proprietary"',
      body: '\tkobject_create_and_add("cfs", fs_kobj);',
      extra: '#include <linux/kobject.h>',
    });
    expect(runRule(gplOnlySymbol, always).map((f) => f.message)).toEqual([expect.stringContaining('kobject_create_and_add()')]);
  });

  it('is silent for a GPL module calling GPL-only symbols', () => {
    expect(runRule(gplOnlySymbol, moduleFiles({ body: USES_CLASS }))).toEqual([]);
  });

  it('reports each GPL-only symbol of a non-GPL module once, naming the symbol and the call', () => {
    const files = moduleFiles({ license: '"GPLv2"', body: USES_CLASS });
    const found = runRule(gplOnlySymbol, files);
    expect(found.map((f) => f.line)).toEqual([lineOf(files['hello.c'], 'class_create'), lineOf(files['hello.c'], 'device_create')]);
    expect(found[0].message).toMatch(
      /MODULE_LICENSE\("GPLv2"\), which is not GPL-compatible, but calls class_create\(\) in hello_init\(\) \(and 1 more time\) \(it expands to __class_create\), exported GPL-only in Linux 6\.1 and 6\.12: modpost refuses/,
    );
    expect(found[1].message).toMatch(/calls device_create\(\) in hello_init\(\), exported GPL-only/);
  });

  it('reports "Proprietary" modules and driver helper macros at file scope', () => {
    const files = moduleFiles({ license: '"Proprietary"', extra: 'static struct platform_driver drv;\nmodule_platform_driver(drv);' });
    const found = runRule(gplOnlySymbol, files);
    expect(found.some((f) => /module_platform_driver\(\).*__platform_driver_register/.test(f.message))).toBe(true);
  });

  it("ignores plain exports and the module's own functions of the same name", () => {
    expect(
      runRule(gplOnlySymbol, moduleFiles({ license: '"Proprietary"', body: '\tvoid *p = kmalloc(8, GFP_KERNEL);\n\tkfree(p);' })),
    ).toEqual([]);
    const own = moduleFiles({
      license: '"Proprietary"',
      extra: 'static int device_create(int x) { return x; }',
      body: '\tdevice_create(1);',
    });
    expect(runRule(gplOnlySymbol, own)).toEqual([]);
  });

  it('does not guess with a missing or unresolved licence', () => {
    expect(runRule(gplOnlySymbol, moduleFiles({ license: null, body: USES_CLASS }))).toEqual([]);
    expect(runRule(gplOnlySymbol, moduleFiles({ license: 'SOME_MACRO', body: USES_CLASS }))).toEqual([]);
  });
});
