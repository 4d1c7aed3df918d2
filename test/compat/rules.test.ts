// compat/*, upstream/version-ifdefs and docs/missing-supported-kernels over in-memory repositories.

import { describe, expect, test } from 'vitest';
import deadVersionGuard from '../../src/rules/compat/dead-version-guard.js';
import missingVersionHeader from '../../src/rules/compat/missing-version-header.js';
import removedApi from '../../src/rules/compat/removed-api.js';
import missingSupportedKernels from '../../src/rules/docs/missing-supported-kernels.js';
import versionIfdefs from '../../src/rules/upstream/version-ifdefs.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const README = (claim: string) => ({ 'README.md': `# good\n\n${claim}\n` });
/** GOOD_MODULE's source with `code` added before module_init. */
const withCode = (code: string, includes = '') => ({
  'good.c': GOOD_MODULE['good.c']
    .replace('#include <linux/module.h>\n', `#include <linux/module.h>\n${includes}`)
    .replace('module_init(good_init);', `${code}\nmodule_init(good_init);`),
});
const CLASS_OLD = 'struct class *good_class(void)\n{\n\treturn class_create(THIS_MODULE, "good");\n}\n';
const CLASS_GUARDED = `#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 4, 0)\n${CLASS_OLD}#else\nstruct class *good_class(void)\n{\n\treturn class_create("good");\n}\n#endif\n`;

describe('compat/removed-api', () => {
  test('a callback defined whole once per branch of a feature test is judged per branch (NVIDIA conftest pattern)', () => {
    const code = [
      '#if defined(NV_PLATFORM_DRIVER_STRUCT_REMOVE_RETURNS_VOID)',
      'static void good_remove(struct platform_device *pdev)',
      '{',
      '}',
      '#else',
      'static int good_remove(struct platform_device *pdev)',
      '{',
      '\treturn 0;',
      '}',
      '#endif',
      'static struct platform_driver good_driver = {',
      '\t.remove = good_remove,',
      '};',
      '',
    ].join('\n');
    const files = {
      ...GOOD_MODULE,
      ...README('This is currently Linux kernel 4.15 or newer.'),
      ...withCode(code, '#include <linux/platform_device.h>\n'),
    };
    expect(runRule(removedApi, files)).toEqual([]);
  });

  test('judges an argument whose struct type is chosen per #if branch per branch (lttng proc_ops pattern)', () => {
    const code = [
      '#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 6, 0)',
      'static const struct proc_ops good_proc_ops;',
      '#else',
      'static const struct file_operations good_proc_ops;',
      '#endif',
      'void good_proc(void)',
      '{',
      '\tproc_create_data("good", 0444, NULL, &good_proc_ops, NULL);',
      '}',
      '',
    ].join('\n');
    const files = { ...GOOD_MODULE, ...README('Supports Linux 4.19 through 6.12.'), ...withCode(code, '#include <linux/version.h>\n') };
    expect(runRule(removedApi, files)).toEqual([]);
    // One type for every kernel: the call does not build from 5.6 on.
    const only = code.replace('struct proc_ops good_proc_ops', 'struct file_operations good_proc_ops');
    const one = { ...GOOD_MODULE, ...README('Supports Linux 4.19 through 6.12.'), ...withCode(only, '#include <linux/version.h>\n') };
    expect(runRule(removedApi, one).map((f) => f.message)).toEqual([expect.stringMatching(/does not build on Linux 5\.6/)]);
  });
  test('an unguarded removed API inside the declared range: version, replacement and guard', () => {
    const f = runRule(removedApi, { ...GOOD_MODULE, ...README('Supports Linux 5.10 through 6.12.'), ...withCode(CLASS_OLD) });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'good.c', line: 18 });
    expect(f[0].message).toContain('Linux 6.4');
    expect(f[0].message).toContain('class_create(name)');
    expect(f[0].message).toContain('#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)');
    expect(f[0].message).toContain('README.md:3');
  });

  test('the tested kernels stand in when nothing is declared', () => {
    const wf =
      'jobs:\n  b:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        k: ["6.1.0-18-amd64", "6.12.9+deb12-amd64"]\n    steps:\n      - run: make KDIR=/usr/src/linux-headers-$' +
      '{{ matrix.k }}\n';
    const f = runRule(removedApi, { ...GOOD_MODULE, ...withCode(CLASS_OLD), '.github/workflows/b.yml': wf });
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('Linux 6.12');
  });

  test('a new API below the supported minimum', () => {
    const f = runRule(removedApi, {
      ...GOOD_MODULE,
      ...README('Supports Linux 5.10 and newer.'),
      ...withCode('struct class *good_class(void)\n{\n\treturn class_create("good");\n}\n'),
    });
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/needs Linux 6\.4 or later.*covers 5\.10/);
  });

  test('silent: outside the supported range, under a version guard, under a feature test, or nothing declared', () => {
    expect(runRule(removedApi, { ...GOOD_MODULE, ...README('Supports Linux 5.4 through 6.1.'), ...withCode(CLASS_OLD) })).toEqual([]);
    expect(
      runRule(removedApi, {
        ...GOOD_MODULE,
        ...README('Supports Linux 5.10 through 6.12.'),
        ...withCode(CLASS_GUARDED, '#include <linux/version.h>\n'),
      }),
    ).toEqual([]);
    const feature = `#ifdef HAVE_CLASS_CREATE_OWNER\n${CLASS_OLD}#endif\n`;
    expect(runRule(removedApi, { ...GOOD_MODULE, ...README('Supports Linux 5.10 through 6.12.'), ...withCode(feature) })).toEqual([]);
    expect(runRule(removedApi, { ...GOOD_MODULE, ...withCode(CLASS_OLD) })).toEqual([]);
  });

  test('a callback whose definition has one signature per kernel behind #if is compat code, not a removed API', () => {
    // The `.remove =` initialiser itself is unguarded; the function it names switches its return type at 6.11.
    const variants = (cond: string) =>
      `${cond}\nvoid good_remove(struct platform_device *pdev)\n#else\nint good_remove(struct platform_device *pdev)\n#endif\n{\n\tpr_info("bye\\n");\n#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 11, 0)\n\treturn 0;\n#endif\n}\n\nstatic struct platform_driver good_driver = {\n\t.remove = good_remove,\n};\n`;
    const files = (cond: string) => ({
      ...GOOD_MODULE,
      ...README('Supports Linux 5.10 through 6.12.'),
      ...withCode(variants(cond), '#include <linux/version.h>\n#include <linux/platform_device.h>\n'),
    });
    expect(runRule(removedApi, files('#if KERNEL_VERSION(6, 11, 0) <= LINUX_VERSION_CODE'))).toEqual([]);
    // The same variants with the switch at the wrong version: int remove is still compiled on 6.11 and 6.12.
    const f = runRule(removedApi, files('#if KERNEL_VERSION(6, 13, 0) <= LINUX_VERSION_CODE'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('does not build on Linux 6.11');
  });

  test('backported new APIs are not held against older kernels', () => {
    const code = 'void good_stop(struct timer_list *t)\n{\n\ttimer_delete_sync(t);\n}\n';
    expect(
      runRule(removedApi, {
        ...GOOD_MODULE,
        ...README('Supports Linux 6.1 through 6.12.'),
        ...withCode(code, '#include <linux/timer.h>\n'),
      }),
    ).toEqual([]);
  });
});

describe('compat/missing-version-header', () => {
  test('takes a header the build forces into every source with -include (WireGuard compat pattern)', () => {
    const files = {
      Kbuild: 'obj-m := wg.o\nwg-y := main.o\ninclude $(src)/compat/Kbuild.include\n',
      'compat/Kbuild.include': 'ccflags-y += -include $(kbuild-dir)/compat/compat.h\n',
      'compat/compat.h': '#include <linux/version.h>\n#include <linux/kconfig.h>\n',
      'compat/ring/include/linux/ring.h': '#if LINUX_VERSION_CODE < KERNEL_VERSION(4, 0, 0)\n#define OLD 1\n#endif\n',
      'main.c': '#include <linux/module.h>\n#include "compat/ring/include/linux/ring.h"\nMODULE_LICENSE("GPL");\n',
    };
    expect(runRule(missingVersionHeader, files)).toEqual([]);
    expect(runRule(missingVersionHeader, { ...files, 'compat/Kbuild.include': '' })).toHaveLength(1);
  });
  test('follows <x.h> into the folders the build files add with -I$(src)/... (vendor Wi-Fi pattern)', () => {
    const files = {
      Makefile: 'obj-m := drv.o\ndrv-objs := core/drv_core.o\nEXTRA_CFLAGS += -I$(src)/include\n',
      'include/drv_types.h': '#ifndef DRV_TYPES_H\n#define DRV_TYPES_H\n#include <osdep_service.h>\n#endif\n',
      'include/osdep_service.h': '#include <linux/version.h>\n#include <linux/kernel.h>\n',
      'core/drv_core.c':
        '#include <drv_types.h>\n#include <linux/module.h>\n#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)\nint x;\n#endif\nMODULE_LICENSE("GPL");\n',
    };
    expect(runRule(missingVersionHeader, files)).toEqual([]);
    // Without the -I folder the same <drv_types.h> is a kernel header the audit cannot see into: reported.
    expect(runRule(missingVersionHeader, { ...files, Makefile: 'obj-m := drv.o\ndrv-objs := core/drv_core.o\n' })).toHaveLength(1);
  });
  test('fires without <linux/version.h>, silent with it (also through a project header)', () => {
    expect(runRule(missingVersionHeader, { ...GOOD_MODULE, ...withCode(CLASS_GUARDED) })).toMatchObject([{ file: 'good.c', line: 16 }]);
    expect(runRule(missingVersionHeader, { ...GOOD_MODULE, ...withCode(CLASS_GUARDED, '#include <linux/version.h>\n') })).toEqual([]);
    expect(
      runRule(missingVersionHeader, {
        ...GOOD_MODULE,
        ...withCode(CLASS_GUARDED, '#include "compat.h"\n'),
        'compat.h': '#pragma once\n#include <linux/version.h>\n',
      }),
    ).toEqual([]);
  });

  test('follows "../" includes, and a header is fine when every file including it has the version header first', () => {
    const guard = '#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)\n#define GOOD_NEW 1\n#endif\n';
    const files = {
      ...GOOD_MODULE,
      'main.h': '#pragma once\n#include <linux/version.h>\n#include "sub/feature.h"\n',
      'sub/feature.h': `#pragma once\n${guard}`,
      'sub/feature.c': `#include "../main.h"\n${guard}`,
      'sub/Makefile': 'obj-m += feature.o other.o\n',
    };
    expect(runRule(missingVersionHeader, files)).toEqual([]);
    // Included once before the version header: the test reads LINUX_VERSION_CODE as 0 there.
    const early = { ...files, 'sub/other.c': '#include "feature.h"\n#include <linux/version.h>\n' };
    expect(runRule(missingVersionHeader, early)).toMatchObject([{ file: 'sub/feature.h', line: 2 }]);
  });
});

describe('compat/dead-version-guard', () => {
  test('a branch only for kernels below the declared minimum', () => {
    const code =
      '#if LINUX_VERSION_CODE < KERNEL_VERSION(4, 15, 0)\nstatic void good_old(void) {}\n#endif\n#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)\nstatic void good_new(void) {}\n#endif\n';
    const f = runRule(deadVersionGuard, {
      ...GOOD_MODULE,
      ...README('Supports Linux 5.10 through 6.12.'),
      ...withCode(code, '#include <linux/version.h>\n'),
    });
    // Said once per file, with the lines.
    expect(f.map((x) => x.line)).toEqual([17]);
    expect(f[0].message).toMatch(
      /^2 version guards only matter below 5\.10 \(README.md:3 declares 5\.10-6\.12\): lines 17 and 20; first: .*only holds below 5\.10/,
    );
  });
  test('silent for guards inside the range', () => {
    expect(
      runRule(deadVersionGuard, {
        ...GOOD_MODULE,
        ...README('Supports Linux 5.10 through 6.12.'),
        ...withCode(CLASS_GUARDED, '#include <linux/version.h>\n'),
      }),
    ).toEqual([]);
  });
});

describe('upstream/version-ifdefs', () => {
  test('one note per file, at the first conditional', () => {
    const f = runRule(versionIfdefs, { ...GOOD_MODULE, ...withCode(CLASS_GUARDED, '#include <linux/version.h>\n') });
    expect(f).toMatchObject([{ file: 'good.c', line: 17 }]);
    expect(f[0].message).toMatch(/^1 LINUX_VERSION_CODE conditional in good\.c/);
    expect(runRule(versionIfdefs, GOOD_MODULE)).toEqual([]);
  });
});

describe('docs/missing-supported-kernels', () => {
  test('fires when nothing states the kernels, silent when the README does', () => {
    expect(runRule(missingSupportedKernels, { ...GOOD_MODULE, ...README('Build with make.') })).toMatchObject([
      { file: 'README.md', line: 1 },
    ]);
    expect(runRule(missingSupportedKernels, { ...GOOD_MODULE, ...README('Tested on Linux 6.1 and 6.12.') })).toEqual([]);
  });
});
