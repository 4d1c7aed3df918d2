import { describe, expect, it } from 'vitest';
import { modelFromFiles } from '../helpers/rule-tester.js';

describe('module discovery', () => {
  it('finds several modules in subfolders and ignores user-space code', () => {
    const m = modelFromFiles({
      Makefile: 'obj-m += drv/ net/\n',
      'drv/Kbuild': 'obj-m := foo.o\nfoo-objs := foo_core.o foo_hw.o\n',
      'drv/foo_core.c':
        '#include <linux/module.h>\nstatic int __init foo_init(void) { return 0; }\nmodule_init(foo_init);\nMODULE_LICENSE("GPL");\n',
      'drv/foo_hw.c': '#include <linux/module.h>\nstatic void __exit foo_exit(void) { }\nmodule_exit(foo_exit);\n',
      'net/Makefile': 'obj-m := bar.o\n',
      'net/bar.c':
        '#include <linux/platform_device.h>\nstatic struct platform_driver bar_driver = { .probe = bar_probe };\nmodule_platform_driver(bar_driver);\nMODULE_LICENSE("Dual MIT/GPL");\n',
      'tools/cli.c': '#include <stdio.h>\nint main(void) { return 0; }\n',
      'examples/old.c': '#include <linux/module.h>\nmodule_init(x);\n',
    });
    const mods = m.modules.map((x) => ({
      name: x.name,
      dir: x.dir,
      sources: x.sources,
      init: x.init?.function,
      exit: x.exit?.function,
      via: x.init?.via,
      license: x.license?.value,
    }));
    expect(mods).toEqual([
      {
        name: 'foo',
        dir: 'drv',
        sources: ['drv/foo_core.c', 'drv/foo_hw.c'],
        init: 'foo_init',
        exit: 'foo_exit',
        via: 'module_init',
        license: 'GPL',
      },
      {
        name: 'bar',
        dir: 'net',
        sources: ['net/bar.c'],
        init: 'bar_driver_init',
        exit: 'bar_driver_exit',
        via: 'module_platform_driver',
        license: 'Dual MIT/GPL',
      },
    ]);
    expect(m.c.has('tools/cli.c')).toBe(false);
  });

  it('reads legacy init_module/cleanup_module, params and macro-valued tags', () => {
    const m = modelFromFiles({
      Makefile: 'obj-m := old.o\n',
      'old.h': '#define DRV_LICENSE "GPL v2"\n#define DRV_NAME "old"\n',
      'old.c': [
        '#include <linux/module.h>',
        '#include "old.h"',
        'static int debug;',
        'module_param(debug, int, 0644);',
        'MODULE_PARM_DESC(debug, "Debug level");',
        'module_param_named(level, lvl, int, 0444);',
        'int init_module(void) { return 0; }',
        'void cleanup_module(void) { }',
        'MODULE_LICENSE(DRV_LICENSE);',
        'MODULE_DESCRIPTION(DRV_NAME " driver");',
        'MODULE_AUTHOR(UNKNOWN_AUTHOR);',
      ].join('\n'),
    });
    const [mod] = m.modules;
    expect(mod.init).toMatchObject({ function: 'init_module', via: 'init_module', line: 7 });
    expect(mod.exit).toMatchObject({ function: 'cleanup_module', via: 'cleanup_module' });
    expect(mod.license).toMatchObject({ value: 'GPL v2', raw: 'DRV_LICENSE', resolved: true });
    expect(mod.description?.value).toBe('old driver');
    expect(mod.authors[0]).toMatchObject({ resolved: false, raw: 'UNKNOWN_AUTHOR' });
    expect(m.notes.some((n) => n.file === 'old.c' && /UNKNOWN_AUTHOR.*not resolved/.test(n.message))).toBe(true);
    expect(mod.params.map((p) => [p.name, p.perm, p.description?.value])).toEqual([
      ['debug', '0644', 'Debug level'],
      ['level', '0444', undefined],
    ]);
    expect(mod.headers).toEqual(['old.h']);
  });

  it('finds module code even without any obj-m, so the build rules can speak about it', () => {
    const m = modelFromFiles({
      'src/x.c': '#include <linux/module.h>\nstatic int __init x_init(void) { return 0; }\nmodule_init(x_init);\n',
    });
    expect(m.modules).toHaveLength(1);
    expect(m.modules[0]).toMatchObject({ name: 'x', dir: 'src', buildFile: '', init: { function: 'x_init', line: 2 } });
  });

  it('skips objects behind a bool Kconfig symbol (built-in only) and keeps tristate ones', () => {
    const m = modelFromFiles({
      Kconfig: 'config FOO_CORE\n\tbool "core"\n\nconfig FOO_DRV\n\ttristate "driver"\n',
      Makefile: 'obj-$(CONFIG_FOO_CORE) += core.o\nobj-$(CONFIG_FOO_DRV) += drv.o\n',
      'core.c': '#include <linux/init.h>\nstatic int __init core_init(void) { return 0; }\ndevice_initcall(core_init);\n',
      'drv.c': '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n',
    });
    expect(m.modules.map((x) => x.name)).toEqual(['drv']);
    expect(m.kconfig.get('FOO_DRV')).toMatchObject({ type: 'tristate', file: 'Kconfig', line: 4 });
  });

  it('reads every source kbuild names, even one without kernel includes of its own', () => {
    const m = modelFromFiles({
      Makefile: 'obj-m := two.o\ntwo-y := main.o helper.o\n',
      'main.c': '#include <linux/module.h>\n#include "two.h"\nMODULE_LICENSE("GPL");\n',
      'helper.c': '#include "two.h"\nint two_helper(void) { return 2; }\n',
      'two.h': 'int two_helper(void);\n',
    });
    expect(m.modules[0].sources).toEqual(['main.c', 'helper.c']);
  });

  it('takes a wrapper the module defines around module_driver as an entry-point macro', () => {
    const m = modelFromFiles({
      Makefile: 'obj-m := pad.o\n',
      'bus.h': '#define module_pad_driver(__drv) module_driver(__drv, pad_register_driver, pad_unregister_driver)\n',
      'pad.c':
        '#include <linux/module.h>\n#include "bus.h"\nstatic struct pad_driver pad_drv = { .probe = pad_probe };\nmodule_pad_driver(pad_drv);\nMODULE_LICENSE("GPL");\n',
    });
    expect(m.modules[0].init).toMatchObject({ function: 'pad_drv_init', via: 'module_pad_driver', line: 4 });
    expect(m.modules[0].exit).toMatchObject({ function: 'pad_drv_exit', via: 'module_pad_driver' });
  });

  it("finds a module's headers as the compiler does: beside the including file, then the module's folder and its include/", () => {
    const m = modelFromFiles({
      'drv/Kbuild': 'obj-m := foo.o bar.o\nfoo-objs := src/core.o\n',
      'drv/bar.c': '#include <linux/module.h>\n#include "a.h"\nMODULE_LICENSE("GPL");\n',
      'drv/src/core.c':
        '#include <linux/module.h>\n#include "a.h"\n#include "b.h"\n#include "c.h"\nstatic int __init foo_init(void) { return 0; }\nmodule_init(foo_init);\nMODULE_LICENSE("GPL");\n',
      // beside core.c, and again in the module's folder (where bar.c reads it): core.c reads the one beside it
      'drv/src/a.h': '#include "d.h"\n#define A 1\n',
      'drv/a.h': '#define A 2\n',
      'drv/src/d.h': '#define D 1\n',
      'drv/b.h': '#define B 1\n',
      'drv/include/c.h': '#define C 1\n',
    });
    const mod = m.modules.find((x) => x.name === 'foo');
    expect(mod?.headers).toEqual(['drv/b.h', 'drv/include/c.h', 'drv/src/a.h', 'drv/src/d.h']);
    expect(m.modules.find((x) => x.name === 'bar')?.headers).toEqual(['drv/a.h']);
  });

  it('reads module_init and module_exit written without semicolons', () => {
    const m = modelFromFiles({
      Makefile: 'obj-m := nosemi.o\n',
      'nosemi.c':
        '#include <linux/module.h>\nstatic int __init a_init(void) { return 0; }\nstatic void __exit a_exit(void) { }\nmodule_init(a_init)\nmodule_exit(a_exit)\nMODULE_LICENSE("GPL");\n',
    });
    expect(m.modules[0].init?.function).toBe('a_init');
    expect(m.modules[0].exit?.function).toBe('a_exit');
    expect(m.modules[0].license?.value).toBe('GPL');
  });
});
