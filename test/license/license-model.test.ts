import { describe, expect, it } from 'vitest';
import missingLicenseFile from '../../src/rules/license/missing-license-file.js';
import { modelFromFiles, runRule } from '../helpers/rule-tester.js';
import { KERNEL_COPYING, lgpl3Alone, licenceText } from './licence-texts.js';
import { moduleFiles } from './module-files.js';

const identified = (files: Record<string, string>) =>
  Object.fromEntries(modelFromFiles(files).license.files.map((f) => [f.path, f.spdx ?? null]));

describe('licence files in the model', () => {
  it('finds LICENSE, LICENCE and COPYING in any case, with any suffix, in any folder', () => {
    const found = identified({
      ...moduleFiles(),
      'license.txt': licenceText('MIT'),
      'drv/COPYING': licenceText('GPL-2.0-only'),
      'drv/Licence.md': licenceText('BSD-3-Clause'),
      'COPYING.LESSER': lgpl3Alone(),
      'LICENSE-APACHE': licenceText('Apache-2.0'),
      'MIT-LICENSE': licenceText('MIT'),
      'license.c': '// SPDX-License-Identifier: GPL-2.0\nint license;\n',
    });
    expect(found).toEqual({
      'COPYING.LESSER': 'LGPL-3.0-only',
      'LICENSE-APACHE': 'Apache-2.0',
      'MIT-LICENSE': 'MIT',
      'drv/COPYING': 'GPL-2.0-only',
      'drv/Licence.md': 'BSD-3-Clause',
      'license.txt': 'MIT',
    });
  });

  it('reports the identification and its confidence', () => {
    const [f] = modelFromFiles({ ...moduleFiles(), LICENSE: licenceText('CDDL-1.0') }).license.files;
    expect(f).toMatchObject({ path: 'LICENSE', spdx: 'CDDL-1.0', method: 'text', dir: '.', role: 'main' });
    expect(f.confidence).toBeGreaterThan(0.95);
  });

  it('follows a kernel-style COPYING to LICENSES/ when it has no SPDX line', () => {
    const files = {
      ...moduleFiles(),
      COPYING: 'This module is provided under the terms of:\n\n\tLICENSES/preferred/GPL-2.0\n',
      'LICENSES/preferred/GPL-2.0': `Valid-License-Identifier: GPL-2.0\nValid-License-Identifier: GPL-2.0-only\nSPDX-URL: https://spdx.org/licenses/GPL-2.0.html\nUsage-Guide:\n  ...\nLicense-Text:\n\n${licenceText('GPL-2.0-only')}`,
    };
    const byPath = Object.fromEntries(modelFromFiles(files).license.files.map((f) => [f.path, f]));
    expect(byPath.COPYING).toMatchObject({ spdx: 'GPL-2.0', method: 'pointer' });
    expect(byPath['LICENSES/preferred/GPL-2.0']).toMatchObject({ spdx: 'GPL-2.0', role: 'library' });
  });

  it("reads the SPDX line of the kernel's own COPYING", () => {
    expect(identified({ ...moduleFiles(), COPYING: KERNEL_COPYING })).toEqual({ COPYING: 'GPL-2.0 WITH Linux-syscall-note' });
  });

  it('records SPDX tags with their comment style and the kernel files that need one', () => {
    const model = modelFromFiles({ ...moduleFiles(), 'tools/ctl.c': '#include <stdio.h>\nint main(void) { return 0; }\n' });
    expect(model.license.spdx.get('hello.c')).toMatchObject({ line: 1, style: '//', expression: 'GPL-2.0' });
    expect(model.license.spdx.get('Makefile')).toMatchObject({ line: 1, style: '#' });
    expect(model.license.kernelFiles).toEqual(['Makefile', 'hello.c']);
  });
});

describe('license/missing-license-file', () => {
  it('reports a repository without any licence file once', () => {
    const found = runRule(missingLicenseFile, moduleFiles());
    expect(found).toEqual([{ message: 'the repository has no LICENSE, LICENCE or COPYING file' }]);
  });

  it('is satisfied by a licence file in a module folder or a LICENSES/ text', () => {
    expect(runRule(missingLicenseFile, { ...moduleFiles({ dir: 'drv' }), 'drv/LICENSE': licenceText('GPL-2.0-only') })).toEqual([]);
    expect(runRule(missingLicenseFile, { ...moduleFiles(), 'LICENSES/preferred/GPL-2.0': 'Valid-License-Identifier: GPL-2.0\n' })).toEqual(
      [],
    );
  });

  it('does not take a source file named license.c for a licence', () => {
    expect(runRule(missingLicenseFile, { ...moduleFiles(), 'license.c': '// SPDX-License-Identifier: GPL-2.0\nint x;\n' })).toHaveLength(1);
  });
});
