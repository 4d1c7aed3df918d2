import { describe, expect, it } from 'vitest';
import { GPL_COMPATIBLE_MODULE_LICENSES } from '../../src/data/license-compat.js';
import missingModuleLicense from '../../src/rules/license/missing-module-license.js';
import nonGplModule from '../../src/rules/license/non-gpl-module.js';
import unknownModuleLicense from '../../src/rules/license/unknown-module-license.js';
import { modelFromFiles, runRule } from '../helpers/rule-tester.js';
import { lineOf, moduleFiles } from './module-files.js';

const ALL_RULES = [missingModuleLicense, unknownModuleLicense, nonGplModule];

describe('license/unknown-module-license', () => {
  it.each(GPL_COMPATIBLE_MODULE_LICENSES)('is silent for "%s", as are the other MODULE_LICENSE rules', (value) => {
    const files = moduleFiles({ license: `"${value}"` });
    for (const rule of ALL_RULES) expect(runRule(rule, files)).toEqual([]);
  });

  it.each([
    ['GPLv2', 'GPL'],
    ['GPL-2.0', 'GPL'],
    ['GPL-2.0-only', 'GPL'],
    ['GPL2', 'GPL'],
    ['gpl', 'GPL'],
    ['MIT', 'Dual MIT/GPL'],
    ['BSD', 'Dual BSD/GPL'],
    ['Dual BSD/GPLv2', 'Dual BSD/GPL'],
  ])('reports "%s" at the MODULE_LICENSE line and suggests "%s"', (wrong, right) => {
    const files = moduleFiles({ license: `"${wrong}"` });
    const found = runRule(unknownModuleLicense, files);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'hello.c', line: lineOf(files['hello.c'], 'MODULE_LICENSE') });
    expect(found[0].message).toContain(`MODULE_LICENSE("${wrong}")`);
    expect(found[0].message).toMatch(/taints the kernel \(P\)/);
    expect(found[0].message).toMatch(/GPL-only symbols/);
    expect(found[0].message).toMatch(/modpost refuses/);
    expect(found[0].message).toMatch(new RegExp(`use "${right.replace('/', '\\/')}"$`));
  });

  it("follows a #define in the module's own files", () => {
    const files = moduleFiles({ license: 'DRV_LICENSE', extra: '#define DRV_LICENSE "GPLv2"' });
    const found = runRule(unknownModuleLicense, files);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('MODULE_LICENSE("GPLv2")');
    expect(runRule(unknownModuleLicense, moduleFiles({ license: 'DRV_LICENSE', extra: '#define DRV_LICENSE "GPL"' }))).toEqual([]);
  });

  it('follows a #define in a header of the module', () => {
    const files = {
      ...moduleFiles({ license: 'DRV_LICENSE', extra: '#include "hello.h"' }),
      'hello.h': '/* SPDX-License-Identifier: GPL-2.0 */\n#define DRV_LICENSE "GPL-2.0"\n',
    };
    const found = runRule(unknownModuleLicense, files);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/MODULE_LICENSE\("GPL-2.0"\).*use "GPL"$/);
  });

  it('never guesses an unresolved macro: no finding, and the model says why', () => {
    const files = moduleFiles({ license: 'LICENSE_FROM_ELSEWHERE' });
    for (const rule of ALL_RULES) expect(runRule(rule, files)).toEqual([]);
    const model = modelFromFiles(files);
    expect(model.modules[0].license?.resolved).toBe(false);
    expect(model.notes.some((n) => n.message.includes('LICENSE_FROM_ELSEWHERE'))).toBe(true);
  });

  it('reports each module of a multi-module repository on its own', () => {
    const files = {
      ...moduleFiles({ name: 'one', dir: 'one', license: '"GPLv2"' }),
      ...moduleFiles({ name: 'two', dir: 'two', license: '"GPL"' }),
      Makefile: 'obj-m += one/ two/\n',
    };
    const found = runRule(unknownModuleLicense, files);
    expect(found.map((f) => f.file)).toEqual(['one/one.c']);
  });
});

describe('license/missing-module-license', () => {
  it('reports a module without MODULE_LICENSE once, at its main source', () => {
    const files = moduleFiles({ license: null });
    const found = runRule(missingModuleLicense, files);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('hello.c');
    expect(found[0].message).toMatch(/module hello .*5\.11/);
  });

  it('reports once per module, not per source file', () => {
    const files: Record<string, string> = {
      ...moduleFiles({ license: null }),
      Makefile: '# SPDX-License-Identifier: GPL-2.0\nobj-m := hello.o\nhello-y := main.o util.o\n',
    };
    files['main.c'] = files['hello.c'];
    delete files['hello.c'];
    files['util.c'] = '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nint util(void) { return 0; }\n';
    const found = runRule(missingModuleLicense, files);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('main.c');
  });

  it('is satisfied by MODULE_LICENSE in any source of the module', () => {
    const files: Record<string, string> = {
      ...moduleFiles({ license: null }),
      Makefile: '# SPDX-License-Identifier: GPL-2.0\nobj-m := hello.o\nhello-y := main.o util.o\n',
    };
    files['main.c'] = files['hello.c'];
    delete files['hello.c'];
    files['util.c'] = '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n';
    expect(runRule(missingModuleLicense, files)).toEqual([]);
  });
});

describe('license/non-gpl-module', () => {
  it('reports "Proprietary" with the consequences', () => {
    const files = moduleFiles({ license: '"Proprietary"' });
    const found = runRule(nonGplModule, files);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'hello.c', line: lineOf(files['hello.c'], 'MODULE_LICENSE') });
    expect(found[0].message).toMatch(/taints the kernel \(P\).*GPL-only symbols/);
    expect(runRule(unknownModuleLicense, files)).toEqual([]);
  });

  it('leaves unknown strings to unknown-module-license', () => {
    expect(runRule(nonGplModule, moduleFiles({ license: '"proprietary"' }))).toEqual([]);
  });
});
