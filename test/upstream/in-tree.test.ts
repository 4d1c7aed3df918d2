// In-tree mode: a driver folder inside a kernel source tree is not a repository of its own, so the
// packaging rules (licence file, CI, README sections, .gitignore, dkms) report nothing there.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { main } from '../../src/cli.js';
import { detectTreeContext } from '../../src/model/context/in-tree.js';
import { PACKAGING_RULES } from '../../src/rules/packaging.js';
import { rulesById } from '../../src/rules/index.js';
import { writeRepo } from '../helpers/rule-tester.js';

const DRIVER = {
  Kconfig: 'config FOO\n\ttristate "Foo"\n',
  Makefile: 'obj-$(CONFIG_FOO) += foo.o\n',
  'foo.c':
    '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n\nstatic int __init foo_init(void)\n{\n\treturn 0;\n}\nmodule_init(foo_init);\nMODULE_LICENSE("GPL");\nMODULE_DESCRIPTION("foo");\n',
};

/** A kernel tree's top-level files with the driver under drivers/staging/foo. */
function kernelTree(): string {
  const files: Record<string, string> = { Kconfig: '', MAINTAINERS: '', Makefile: '', 'scripts/Kbuild.include': '' };
  for (const [k, v] of Object.entries(DRIVER)) files[`drivers/staging/foo/${k}`] = v;
  return writeRepo(files);
}

const packaging = (ids: string[]) => ids.filter((id) => PACKAGING_RULES.has(id));

describe('in-tree mode', () => {
  it('every packaging rule id is a real rule', () => {
    for (const id of PACKAGING_RULES) expect(rulesById.has(id), id).toBe(true);
  });

  it('is detected for a Kbuild folder under a tree with Kconfig, MAINTAINERS, Makefile and scripts/', async () => {
    const top = kernelTree();
    const dir = path.join(top, 'drivers/staging/foo');
    expect(detectTreeContext(dir)).toEqual({ inTree: true, how: 'detected', kernelTree: '../../..' });
    const { report } = await audit(dir);
    expect(packaging(report.findings.map((f) => f.ruleId))).toEqual([]);
    expect(report.notes.map((n) => n.message).join('\n')).toContain(
      'audited in-tree: folder of a kernel source tree (kernel tree at ../../..)',
    );
    // The driver's own defects are still found.
    expect(report.findings.map((f) => f.ruleId)).toContain('cleanup/missing-module-exit');
  });

  it('is not detected for a repository of its own, whose packaging findings stay', async () => {
    const dir = writeRepo(DRIVER);
    expect(detectTreeContext(dir).inTree).toBe(false);
    const { report } = await audit(dir);
    expect(packaging(report.findings.map((f) => f.ruleId))).toEqual(
      expect.arrayContaining(['license/missing-license-file', 'docs/missing-readme', 'ci/missing-ci']),
    );
  });

  it('is forced with --in-tree (and the audit option) where no tree is around', async () => {
    const dir = writeRepo(DRIVER);
    const { report } = await audit(dir, { inTree: true });
    expect(packaging(report.findings.map((f) => f.ruleId))).toEqual([]);
    let out = '';
    const code = await main([dir, '--in-tree', '--format', 'json', '--fail-on', 'never'], {
      stdout: (s) => (out += s),
      stderr: () => {},
      isTTY: false,
      env: {},
    });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { findings: { ruleId: string }[]; notes: { message: string }[] };
    expect(packaging(json.findings.map((f) => f.ruleId))).toEqual([]);
    expect(json.notes.some((n) => n.message.startsWith('audited in-tree as asked'))).toBe(true);
  });
});

describe('sources that #include other .c files', () => {
  it('take the macros of the included file as their own (MODULE_LICENSE there counts)', async () => {
    const dir = writeRepo({
      Makefile: 'obj-m += combo.o\n',
      'combo.c':
        '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n#include "part.c"\n\nstatic int __init combo_init(void)\n{\n\treturn part_setup();\n}\nmodule_init(combo_init);\n',
      'part.c':
        '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n\nstatic int part_setup(void)\n{\n\treturn 0;\n}\nMODULE_LICENSE("GPL");\nMODULE_DESCRIPTION("combo");\n',
    });
    const { report, model } = await audit(dir);
    expect(model.modules[0].license?.value).toBe('GPL');
    expect(model.modules[0].license?.file).toBe('part.c');
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('license/missing-module-license');
    expect(ids).not.toContain('docs/missing-module-description');
  });
});
