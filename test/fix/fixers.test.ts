// Every fixer on a repository that has its finding: the fix removes the finding, a second run changes nothing,
// and fixes that are not unique are not made.

import { lstatSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFixes, fixableRuleIds, writeChanges } from '../../src/fix/engine.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

/** Runs one rule's fixes; checks the finding was there, is gone, and a second run is a no-op. */
async function fixOnly(ruleId: string, files: Record<string, string>) {
  const root = writeRepo(files);
  const first = await computeFixes(root, { rules: [ruleId] });
  expect(first.before.findings.map((f) => f.ruleId)).toContain(ruleId);
  expect(first.after.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
  const { failed } = writeChanges(root, first.changes);
  expect(failed).toEqual([]);
  const second = await computeFixes(root, { rules: [ruleId] });
  expect(second.changes).toEqual([]);
  return { root, first };
}

/** The fix is declined: the finding stays and nothing changes. */
async function noFix(ruleId: string, files: Record<string, string>) {
  const root = writeRepo(files);
  const r = await computeFixes(root, { rules: [ruleId] });
  expect(r.before.findings.map((f) => f.ruleId)).toContain(ruleId);
  expect(r.changes).toEqual([]);
}

const C = GOOD_MODULE['good.c'];
const MK = GOOD_MODULE.Makefile;

describe('license fixes', () => {
  it("license/missing-spdx: the tag in each file type's style, from MODULE_LICENSE", async () => {
    const { root } = await fixOnly('license/missing-spdx', {
      ...GOOD_MODULE,
      'good.c': C.replace('// SPDX-License-Identifier: GPL-2.0\n', '').replace('"GPL"', '"Dual MIT/GPL"'),
      'good.h': '#define GOOD 1\n',
      Makefile: MK.replace('# SPDX-License-Identifier: GPL-2.0\n', ''),
    });
    expect(read(root, 'good.c').split('\n')[0]).toBe('// SPDX-License-Identifier: GPL-2.0 OR MIT');
    expect(read(root, 'Makefile').split('\n')[0]).toBe('# SPDX-License-Identifier: GPL-2.0 OR MIT');
  });

  it('license/missing-spdx: a header takes /* */; the licence file decides when there is one', async () => {
    const { root } = await fixOnly('license/missing-spdx', {
      ...GOOD_MODULE,
      'good.c': C.replace('#include <linux/module.h>', '#include <linux/module.h>\n#include "good.h"'),
      'good.h': '#define GOOD 1\n',
    });
    expect(read(root, 'good.h')).toBe('/* SPDX-License-Identifier: GPL-2.0 */\n#define GOOD 1\n');
  });

  it('license/missing-spdx: no tag when the licence file and MODULE_LICENSE disagree', async () => {
    await noFix('license/missing-spdx', {
      ...GOOD_MODULE,
      'good.c': C.replace('// SPDX-License-Identifier: GPL-2.0\n', '').replace('"GPL"', '"Proprietary"'),
      Makefile: MK.replace('# SPDX-License-Identifier: GPL-2.0\n', ''),
    });
  });

  it('license/spdx-placement: moves a tag out of a block comment and fixes the comment style', async () => {
    const { root } = await fixOnly('license/spdx-placement', {
      ...GOOD_MODULE,
      'good.c': C.replace(
        '// SPDX-License-Identifier: GPL-2.0\n',
        '/*\n * SPDX-License-Identifier: GPL-2.0\n * Copyright (C) 2024 Test\n */\n',
      ),
      Makefile: MK.replace('# SPDX-License-Identifier: GPL-2.0\n', '# Build of good\n# SPDX-License-Identifier: GPL-2.0\n'),
    });
    expect(read(root, 'good.c').split('\n').slice(0, 4)).toEqual([
      '// SPDX-License-Identifier: GPL-2.0',
      '/*',
      ' * Copyright (C) 2024 Test',
      ' */',
    ]);
    expect(read(root, 'Makefile').split('\n').slice(0, 2)).toEqual(['# SPDX-License-Identifier: GPL-2.0', '# Build of good']);
  });

  it('license/unknown-module-license: "GPLv2" becomes "GPL"', async () => {
    const { root } = await fixOnly('license/unknown-module-license', { ...GOOD_MODULE, 'good.c': C.replace('"GPL"', '"GPLv2"') });
    expect(read(root, 'good.c')).toContain('MODULE_LICENSE("GPL");');
  });

  it('license/missing-module-license: added next to the other tags, from the SPDX tags', async () => {
    const { root } = await fixOnly('license/missing-module-license', {
      ...GOOD_MODULE,
      'good.c': C.replace('MODULE_LICENSE("GPL");\n', ''),
    });
    const lines = read(root, 'good.c').split('\n');
    expect(lines.indexOf('MODULE_LICENSE("GPL");')).toBeGreaterThan(lines.findIndex((l) => l.startsWith('MODULE_AUTHOR')));
  });
});

describe('module tag fixes', () => {
  const bare = C.replace(/MODULE_AUTHOR\(.*\);\n/, '').replace(/MODULE_DESCRIPTION\(.*\);\n/, '');
  const readme =
    '# good\n\n[![CI](https://example.org/b.svg)](https://example.org)\n\nSays hello when loaded. By Jane Doe <jane@example.org>.\n';

  it("docs/missing-module-description: the README's first sentence, marked for review", async () => {
    const { root } = await fixOnly('docs/missing-module-description', { ...GOOD_MODULE, 'good.c': bare, 'README.md': readme });
    const text = read(root, 'good.c');
    expect(text).toContain('/* lkm-audit fix: from the README, please review */\nMODULE_DESCRIPTION("Says hello when loaded");\n');
  });

  it("docs/missing-module-author: a Name <mail> of the README's first paragraph, marked for review", async () => {
    const { root } = await fixOnly('docs/missing-module-author', { ...GOOD_MODULE, 'good.c': bare, 'README.md': readme });
    expect(read(root, 'good.c')).toContain('MODULE_AUTHOR("Jane Doe <jane@example.org>");');
  });

  it('interactive values win and are not marked', async () => {
    const root = writeRepo({ ...GOOD_MODULE, 'good.c': bare, 'README.md': readme });
    const r = await computeFixes(root, {
      rules: ['docs/missing-module-author', 'docs/missing-module-description'],
      values: { author: new Map([['good', 'Ann "A" Example <ann@example.org>']]), description: new Map([['good', 'Greets']]) },
    });
    const after = r.changes[0].after.toString();
    expect(after).toContain('MODULE_AUTHOR("Ann \\"A\\" Example <ann@example.org>");');
    expect(after).toContain('MODULE_DESCRIPTION("Greets");');
    expect(after).not.toContain('please review');
  });

  it('no README and no values: no description is made up', async () => {
    await noFix('docs/missing-module-description', { ...GOOD_MODULE, 'good.c': bare });
  });
});

describe('kbuild wrapper fixes', () => {
  it('build/deprecated-extra-flags: EXTRA_CFLAGS -> ccflags-y, += after an earlier ccflags-y', async () => {
    const { root } = await fixOnly('build/deprecated-extra-flags', {
      ...GOOD_MODULE,
      Makefile: MK.replace('obj-m := good.o\n', 'obj-m := good.o\nccflags-y := -DA\nEXTRA_CFLAGS := -DB\n'),
    });
    expect(read(root, 'Makefile')).toContain('ccflags-y := -DA\nccflags-y += -DB\n');
  });

  it('build/deprecated-extra-flags: no fix on the make command line or when the variable is read', async () => {
    await noFix('build/deprecated-extra-flags', {
      ...GOOD_MODULE,
      Makefile: MK.replace('obj-m := good.o\n', 'obj-m := good.o\nEXTRA_CFLAGS := -DB\nX := $(EXTRA_CFLAGS)\n'),
    });
  });

  it('build/removed-subdirs: SUBDIRS=$(PWD) -> M=$(CURDIR)', async () => {
    const { root } = await fixOnly('build/removed-subdirs', {
      ...GOOD_MODULE,
      Makefile: MK.replace(/M=\$\(CURDIR\) modules/, 'SUBDIRS=$(PWD) modules'),
    });
    expect(read(root, 'Makefile')).toContain('$(MAKE) -C $(KDIR) M=$(CURDIR) modules');
  });

  it('build/pwd-in-m: M=$(PWD) -> M=$(CURDIR)', async () => {
    const { root } = await fixOnly('build/pwd-in-m', { ...GOOD_MODULE, Makefile: MK.replace(/M=\$\(CURDIR\)/g, 'M=$(PWD)') });
    expect(read(root, 'Makefile')).not.toContain('$(PWD)');
  });

  it('build/kdir-not-overridable: KDIR := -> KDIR ?=', async () => {
    const { root } = await fixOnly('build/kdir-not-overridable', { ...GOOD_MODULE, Makefile: MK.replace('KDIR ?=', 'KDIR :=') });
    expect(read(root, 'Makefile')).toContain('KDIR ?= /lib/modules/$(shell uname -r)/build\n');
  });

  it('build/kdir-not-overridable: `override` has no fix', async () => {
    await noFix('build/kdir-not-overridable', { ...GOOD_MODULE, Makefile: MK.replace('KDIR ?=', 'override KDIR :=') });
  });

  it('build/hardcoded-kernel-path: the release becomes $(shell uname -r)', async () => {
    const { root } = await fixOnly('build/hardcoded-kernel-path', {
      ...GOOD_MODULE,
      Makefile: MK.replace('$(shell uname -r)', '5.15.0-91-generic'),
    });
    expect(read(root, 'Makefile')).toContain('KDIR ?= /lib/modules/$(shell uname -r)/build');
  });

  it('build/missing-clean-target and build/missing-install-target: kbuild-form targets after the build rule', async () => {
    const mk = MK.replace(/clean:\n.*\n/, '');
    const { root } = await fixOnly('build/missing-clean-target', { ...GOOD_MODULE, Makefile: mk });
    expect(read(root, 'Makefile')).toContain('\nclean:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) clean\n');
    const { root: r2 } = await fixOnly('build/missing-install-target', { ...GOOD_MODULE, Makefile: mk });
    expect(read(r2, 'Makefile')).toContain('\nmodules_install:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules_install\n');
    // The build rule stays the default goal.
    expect(read(r2, 'Makefile').indexOf('all:')).toBeLessThan(read(r2, 'Makefile').indexOf('modules_install:'));
  });

  it('build/gitignore-artifacts: the missing kbuild patterns appended once', async () => {
    const { root } = await fixOnly('build/gitignore-artifacts', { ...GOOD_MODULE, '.gitignore': '*.o\n*.ko\n' });
    const text = read(root, '.gitignore');
    expect(text.startsWith('*.o\n*.ko\n\n# kbuild outputs\n')).toBe(true);
    expect(text.match(/^\*\.o$/gm)).toHaveLength(1);
    expect(text).toContain('\nmodules.order\n');
  });
});

describe('code fixes', () => {
  it('cleanup/missing-section-annotation: __init and __exit before the names', async () => {
    const { root } = await fixOnly('cleanup/missing-section-annotation', {
      ...GOOD_MODULE,
      'good.c': C.replace('static int __init good_init', 'static int\ngood_init').replace(' __exit good_exit', ' good_exit'),
    });
    const text = read(root, 'good.c');
    expect(text).toContain('static int __init\ngood_init(void)');
    expect(text).toContain('static void __exit good_exit(void)');
  });

  it('cleanup/missing-section-annotation: no __init on an init function other code calls', async () => {
    const src = C.replace('static int __init good_init', 'static int good_init').replace(
      'module_init(good_init);',
      'static int __maybe_unused good_retry(void)\n{\n\treturn good_init();\n}\n\nmodule_init(good_init);',
    );
    await noFix('cleanup/missing-section-annotation', { ...GOOD_MODULE, 'good.c': src });
  });

  it('security/world-writable-param and -file: 0666 -> 0644, S_IRUGO|S_IWUGO -> 0644; 0777 is left alone', async () => {
    const params = C.replace(
      '#include <linux/module.h>\n',
      '#include <linux/module.h>\n#include <linux/debugfs.h>\n\nstatic int a;\nmodule_param(a, int, 0666);\nMODULE_PARM_DESC(a, "a");\n',
    );
    const { root } = await fixOnly('security/world-writable-param', { ...GOOD_MODULE, 'good.c': params });
    expect(read(root, 'good.c')).toContain('module_param(a, int, 0644);');
    const files = C.replace('\tpr_info("good: loaded\\n");', '\tdebugfs_create_u32("v", S_IRUGO | S_IWUGO, NULL, &v);').replace(
      '#include <linux/module.h>\n',
      '#include <linux/module.h>\n#include <linux/debugfs.h>\n\nstatic u32 v;\n',
    );
    const { root: r2 } = await fixOnly('security/world-writable-file', { ...GOOD_MODULE, 'good.c': files });
    expect(read(r2, 'good.c')).toContain('debugfs_create_u32("v", 0644, NULL, &v);');
    await noFix('security/world-writable-file', { ...GOOD_MODULE, 'good.c': files.replace('S_IRUGO | S_IWUGO', '0777') });
  });
});

describe('dkms.conf fixes', () => {
  const conf = (make: string) =>
    `PACKAGE_NAME="good"\nPACKAGE_VERSION="1.0"\nMAKE[0]="${make}"\nCLEAN="make clean"\nDEST_MODULE_LOCATION[0]="/updates/dkms"\n`;

  it('dkms/uname-in-make: $(uname -r) -> ${kernelver}', async () => {
    const { root } = await fixOnly('dkms/uname-in-make', {
      ...GOOD_MODULE,
      'dkms.conf': conf('make -C /lib/modules/$(uname -r)/build M=${dkms_tree}/good/1.0/build'),
    });
    expect(read(root, 'dkms.conf')).toContain('MAKE[0]="make -C /lib/modules/${kernelver}/build M=');
  });

  it('dkms/uname-in-make: a wrapper reading uname -r gets KDIR=${kernel_source_dir}', async () => {
    const { root } = await fixOnly('dkms/uname-in-make', {
      ...GOOD_MODULE,
      Makefile: MK.replace('KDIR ?=', 'KDIR :='),
      'dkms.conf': conf('make'),
    });
    expect(read(root, 'dkms.conf')).toContain('MAKE[0]="make KDIR=${kernel_source_dir}"');
  });

  it('dkms/missing-field: records from the modules the build produces', async () => {
    const { root } = await fixOnly('dkms/missing-field', {
      ...GOOD_MODULE,
      'good.c': C.replace('MODULE_LICENSE', 'MODULE_VERSION("2.1");\nMODULE_LICENSE'),
      'dkms.conf': 'MAKE[0]="make KDIR=${kernel_source_dir}"\n',
    });
    expect(read(root, 'dkms.conf')).toBe(
      'MAKE[0]="make KDIR=${kernel_source_dir}"\nPACKAGE_NAME="good"\nPACKAGE_VERSION="2.1"\nDEST_MODULE_LOCATION[0]="/updates/dkms"\n',
    );
  });
});

it('never writes through a link: a linked Makefile keeps its finding, its target is fixed by its own name', async () => {
  const root = writeRepo({ ...GOOD_MODULE, 'real.mk': MK.replace('KDIR ?=', 'KDIR :=') });
  rmSync(path.join(root, 'Makefile'));
  symlinkSync('real.mk', path.join(root, 'Makefile'));
  const r = await computeFixes(root, { rules: ['build/kdir-not-overridable'] });
  expect(r.refused).toContainEqual(expect.objectContaining({ file: 'Makefile', reason: expect.stringMatching(/symbolic link/) }));
  expect(r.changes.map((c) => c.file)).not.toContain('Makefile');
  writeChanges(root, r.changes);
  expect(lstatSync(path.join(root, 'Makefile')).isSymbolicLink()).toBe(true);
});

it('every fixer belongs to a rule', () => {
  expect(fixableRuleIds().length).toBeGreaterThanOrEqual(19);
});

describe("a file's own licence notice decides its tag", () => {
  const mit =
    '/*\n * Copyright 2008 Example, Inc.\n *\n * Permission is hereby granted, free of charge, to any person obtaining a\n * copy of this software ...\n */\n#define REG 1\n';
  it("an MIT header in a GPL module gets MIT, not the licence file's GPL", async () => {
    const { root } = await fixOnly('license/missing-spdx', {
      ...GOOD_MODULE,
      'good.c': C.replace('#include <linux/module.h>', '#include <linux/module.h>\n#include "regs.h"'),
      'regs.h': mit,
    });
    expect(read(root, 'regs.h').split('\n')[0]).toBe('/* SPDX-License-Identifier: MIT */');
  });

  it('a GPL "or any later version" notice gives GPL-2.0-or-later; a notice it cannot name gives no tag', async () => {
    const gpl =
      '/*\n * This program is free software; you can redistribute it and/or modify it under the terms of the\n * GNU General Public License as published by the Free Software Foundation; either version 2 of the\n * License, or (at your option) any later version.\n */\n#define REG 1\n';
    const { root } = await fixOnly('license/missing-spdx', {
      ...GOOD_MODULE,
      'good.c': C.replace('#include <linux/module.h>', '#include <linux/module.h>\n#include "regs.h"'),
      'regs.h': gpl,
    });
    expect(read(root, 'regs.h').split('\n')[0]).toBe('/* SPDX-License-Identifier: GPL-2.0-or-later */');
    await noFix('license/missing-spdx', {
      ...GOOD_MODULE,
      'good.c': C.replace('#include <linux/module.h>', '#include <linux/module.h>\n#include "regs.h"'),
      'regs.h': '/* Licensed under the Frobnicator Licence 1.0 */\n#define REG 1\n',
    });
  });
});

describe('file conventions survive a fix', () => {
  it('a CRLF Makefile without a final newline keeps both', async () => {
    const crlf = MK.replace('KDIR ?=', 'KDIR :=').replace(/\n$/, '').replace(/\n/g, '\r\n');
    const { root } = await fixOnly('build/kdir-not-overridable', { ...GOOD_MODULE, Makefile: crlf });
    const after = readFileSync(path.join(root, 'Makefile'));
    expect(after.toString()).toBe(crlf.replace('KDIR :=', 'KDIR ?='));
  });

  it('build/removed-subdirs in a dkms MAKE command', async () => {
    const { root } = await fixOnly('build/removed-subdirs', {
      ...GOOD_MODULE,
      'dkms.conf':
        'PACKAGE_NAME="good"\nPACKAGE_VERSION="1.0"\nMAKE[0]="make -C ${kernel_source_dir} SUBDIRS=${dkms_tree}/good/1.0/build modules"\nDEST_MODULE_LOCATION[0]="/updates/dkms"\n',
    });
    expect(read(root, 'dkms.conf')).toContain('MAKE[0]="make -C ${kernel_source_dir} M=${dkms_tree}/good/1.0/build modules"');
  });
});

it('respects the config and inline suppressions: rules turned off and suppressed findings are not fixed', async () => {
  const root = writeRepo({
    ...GOOD_MODULE,
    Makefile: MK.replace('KDIR ?=', 'KDIR :='),
    'good.c': C.replace(
      'MODULE_LICENSE("GPL");',
      '/* lkm-audit-ignore license/unknown-module-license: vendor string */\nMODULE_LICENSE("GPLv2");',
    ),
    '.lkm-audit.yml': 'rules:\n  build/kdir-not-overridable: off\n',
  });
  const r = await computeFixes(root, { rules: ['build/kdir-not-overridable', 'license/unknown-module-license'] });
  expect(r.changes.map((c) => c.file)).toEqual([]);
  // Without the config, the same repository is fixed.
  const bare = writeRepo({ ...GOOD_MODULE, Makefile: MK.replace('KDIR ?=', 'KDIR :=') });
  expect((await computeFixes(bare, { rules: ['build/kdir-not-overridable'] })).changes.map((c) => c.file)).toEqual(['Makefile']);
});
