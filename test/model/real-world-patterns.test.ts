// Patterns found on real out-of-tree repositories (docs/accuracy.md), each on a small fixture of our own:
// the model must read them the way kbuild, modpost and dkms do.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import missingModuleLicense from '../../src/rules/license/missing-module-license.js';
import nonGplModule from '../../src/rules/license/non-gpl-module.js';
import removedApi from '../../src/rules/compat/removed-api.js';
import uncheckedUserCopy from '../../src/rules/security/unchecked-user-copy.js';
import { modelFromFiles, runRule } from '../helpers/rule-tester.js';

const AUTOCONF = path.join(__dirname, '..', 'fixtures', 'autoconf-cddl');

describe('an autoconf project: Kbuild.in and Makefile.in are the build files (OpenZFS pattern)', () => {
  it('finds the module and its objects from Kbuild.in, @X_TRUE@ lines kept and @X_FALSE@ lines dropped', async () => {
    const { report, model } = await audit(AUTOCONF);
    expect(report.modules.map((m) => [m.name, m.dir, m.buildFile])).toEqual([['cfs', 'module', 'module/Kbuild.in']]);
    expect(model.modules[0].sources).toEqual(['module/core/cfs_main.c', 'module/core/cfs_fast.c', 'module/os/linux/cfs_linux.c']);
    expect(model.notes.some((n) => n.message.includes('cfs_slow_missing'))).toBe(false);
    expect(report.findings.filter((f) => f.ruleId === 'build/no-obj-m' || f.ruleId === 'build/missing-makefile')).toEqual([]);
  });

  it('resolves MODULE_LICENSE(<PROJECT>_META_LICENSE) from META and makes the non-GPL licence the headline error', async () => {
    const { report, model } = await audit(AUTOCONF);
    expect(model.modules[0].licenses.map((l) => [l.value, l.resolved])).toEqual([
      ['Dual BSD/GPL', true],
      ['CDDL', true],
    ]);
    const headline = report.findings.filter((f) => f.ruleId === 'license/non-gpl-module');
    expect(headline).toHaveLength(1);
    expect(headline[0]).toMatchObject({ severity: 'error', file: 'module/os/linux/cfs_linux.c', line: 20 });
    expect(headline[0].message).toBe(
      'module cfs declares MODULE_LICENSE(CFS_META_LICENSE), which resolves to "CDDL" (besides "Dual BSD/GPL": modpost marks the module non-GPL if any one is): loading it taints the kernel (P) and it cannot use GPL-only symbols',
    );
    // CDDL is a valid SPDX id the kernel carries only beside a GPL licence: one milder note for the whole project.
    const spdx = report.findings.filter((f) => f.ruleId.startsWith('license/') && f.message.includes('CDDL-1.0'));
    expect(spdx.map((f) => [f.ruleId, f.severity])).toEqual([['license/spdx-not-in-kernel', 'note']]);
    expect(report.findings.filter((f) => f.ruleId === 'license/invalid-spdx')).toEqual([]);
  });
});

describe('module facts the way the compiler sees them', () => {
  it('takes MODULE_LICENSE from a header the source includes (lttng ring-buffer client pattern)', () => {
    const files = {
      Makefile: 'obj-m += client-a.o client-b.o\n',
      'client-a.c': '#include <linux/module.h>\n#define MODE 1\n#include "client.h"\n',
      'client-b.c': '#include <linux/module.h>\n#define MODE 2\n#include "client.h"\n',
      'client.h':
        '#include <linux/init.h>\nstatic int __init c_init(void) { return 0; }\nstatic void __exit c_exit(void) {}\nmodule_init(c_init);\nmodule_exit(c_exit);\nMODULE_LICENSE("GPL and additional rights");\n',
    };
    expect(runRule(missingModuleLicense, files)).toEqual([]);
    expect(modelFromFiles(files).modules.map((m) => m.license?.value)).toEqual(['GPL and additional rights', 'GPL and additional rights']);
  });

  it('does not call a licence missing when the source holding it was too large to read (r8168 pattern)', () => {
    const big = `#include <linux/module.h>\n${'/* vendor register table */\n'.repeat(40_000)}MODULE_LICENSE("GPL");\n`;
    const files = {
      Makefile: 'obj-m := r81.o\nr81-objs := r81_n.o r81_asf.o\n',
      'r81_n.c': big,
      'r81_asf.c': '#include <linux/kernel.h>\nint asf;\n',
    };
    expect(big.length).toBeGreaterThan(1024 * 1024);
    expect(runRule(missingModuleLicense, files)).toEqual([]);
    const model = modelFromFiles(files);
    expect(model.modules[0].unread).toEqual(['r81_n.c']);
    expect(model.notes.some((n) => /r81_n.c not read \(over the size cap\)/.test(n.message))).toBe(true);
  });

  it('resolves a licence macro from a -D flag of the build files', () => {
    const files = {
      Makefile: 'obj-m := drv.o\nccflags-y += -DDRV_LICENSE=\\"Proprietary\\"\n',
      'drv.c': '#include <linux/module.h>\nMODULE_LICENSE(DRV_LICENSE);\n',
    };
    const found = runRule(nonGplModule, files);
    expect(found.map((f) => f.message)).toEqual([
      'module drv declares MODULE_LICENSE(DRV_LICENSE), which resolves to "Proprietary": loading it taints the kernel (P) and it cannot use GPL-only symbols',
    ]);
  });

  it('never takes a configure placeholder for a module name (falco driver pattern: obj-m += @DRIVER_NAME@.o)', () => {
    const files = {
      'driver/Makefile.in': 'obj-m += @DRIVER_NAME@.o\n@DRIVER_NAME@-y += main.o\n',
      'driver/main.c':
        '#include <linux/module.h>\nstatic int __init m_init(void) { return 0; }\nmodule_init(m_init);\nMODULE_LICENSE("GPL");\n',
    };
    const model = modelFromFiles(files);
    expect(model.modules.map((m) => m.name)).toEqual(['main']);
    expect(model.notes.some((n) => n.message.includes('@DRIVER_NAME@.o, which configure fills in'))).toBe(true);
  });
});

describe('code kbuild never builds is not audited as kernel code', () => {
  const linux = (name: string) =>
    `#include <linux/module.h>\n#include <linux/uaccess.h>\nlong ${name}_ioctl(void __user *p, char *buf)\n{\n\tcopy_to_user(p, buf, 4);\n\treturn 0;\n}\n`;

  it('leaves out Windows and FreeBSD variants of a driver and sources no Kbuild object names, with one note (netmap pattern)', () => {
    const files = {
      'LINUX/Kbuild': 'obj-m := nm.o\nnm-objs := nm_linux.o nm_core.o\n',
      'LINUX/nm_linux.c': '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n',
      'LINUX/nm_core.c': '#include <linux/kernel.h>\nint core;\n#include "nm_inline.c"\n',
      'LINUX/nm_inline.c': linux('inline'),
      'LINUX/nm_old.c': linux('old'),
      'WINDOWS/nm_windows.c': linux('win'),
      'sys/freebsd/nm_freebsd.c': linux('bsd'),
      'LINUX/nm.h': '#include <linux/types.h>\n#include "../include/os/freebsd/nm_os.h"\n',
      'include/os/freebsd/nm_os.h': '#include <linux/types.h>\nint  spaces;\n',
    };
    const model = modelFromFiles(files);
    expect([...model.c.keys()].filter((p) => p.endsWith('.c')).sort()).toEqual([
      'LINUX/nm_core.c',
      'LINUX/nm_inline.c',
      'LINUX/nm_linux.c',
    ]);
    // The #included .c is built inside nm_core.c: its unchecked copy is still found; the others are not.
    expect(runRule(uncheckedUserCopy, files).map((f) => f.file)).toEqual(['LINUX/nm_inline.c']);
    const note = model.notes.find((n) => n.message.includes('built by no Kbuild object'));
    expect(note?.message).toMatch(/^3 C file\(s\) are built by no Kbuild object .*LINUX\/nm_old.c/);
  });

  it('counts a .c file included in angle brackets, through an -I folder, as built inside its includer', () => {
    const files = {
      Kbuild: 'obj-m := nm.o\nnm-objs := nm_core.o\nccflags-y += -I$(src)/inc\n',
      'nm_core.c': '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n#include <nm_inline.c>\n',
      'inc/nm_inline.c': linux('inline'),
      'nm_old.c': linux('old'),
    };
    const model = modelFromFiles(files);
    expect([...model.c.keys()].filter((p) => p.endsWith('.c')).sort()).toEqual(['inc/nm_inline.c', 'nm_core.c']);
  });

  it('keeps every kernel-looking source while the objects kbuild builds are not all known (other-OS folders still out)', () => {
    const files = {
      Kbuild: 'obj-m := nm.o\nnm-objs := $(shell ls *.c | sed s/c$$/o/)\n',
      'nm_main.c': linux('main'),
      'WINDOWS/nm_windows.c': linux('win'),
    };
    expect([...modelFromFiles(files).c.keys()]).toEqual(['nm_main.c']);
  });

  it('does not take configure feature probes for modules (falco and dattobd pattern)', () => {
    const files = {
      'driver/Makefile': 'obj-m := probe.o\nprobe-y := main.o\n',
      'driver/main.c': '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n',
      'driver/configure/CLASS_CREATE_1/Makefile': 'obj-m += test.o\n',
      'driver/configure/CLASS_CREATE_1/test.c': '#include <linux/device.h>\nvoid t(void) { class_create("x"); }\n',
      'README.md': 'Works on kernel 4.14 and newer.\n',
    };
    expect(modelFromFiles(files).modules.map((m) => m.name)).toEqual(['probe']);
    expect(runRule(removedApi, files)).toEqual([]);
  });
});
