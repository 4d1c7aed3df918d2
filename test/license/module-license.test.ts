import { describe, expect, it } from 'vitest';
import { GPL_COMPATIBLE_MODULE_LICENSES } from '../../src/data/license-compat.js';
import { suggestModuleLicense } from '../../src/model/license/module-license.js';

describe('suggestModuleLicense', () => {
  it('has nothing to suggest for a valid string', () => {
    for (const s of [...GPL_COMPATIBLE_MODULE_LICENSES, 'Proprietary']) expect(suggestModuleLicense(s)).toBeUndefined();
  });

  it.each([
    ['GPLv2', 'GPL'],
    ['GPL-2.0', 'GPL'],
    ['GPL-2.0-only', 'GPL'],
    ['GPL-2.0+', 'GPL'],
    ['GPL2', 'GPL'],
    ['GPL 2', 'GPL'],
    ['GNU General Public License v2', 'GPL'],
    ['gpl', 'GPL'],
    ['gpl v2', 'GPL v2'],
    ['Dual BSD/GPLv2', 'Dual BSD/GPL'],
    ['BSD/GPL', 'Dual BSD/GPL'],
    ['Dual GPL/MIT', 'Dual MIT/GPL'],
    ['MIT/GPL', 'Dual MIT/GPL'],
    ['MIT', 'Dual MIT/GPL'],
    ['BSD', 'Dual BSD/GPL'],
    ['MPL/GPL', 'Dual MPL/GPL'],
    ['LGPL', 'GPL and additional rights'],
    ['proprietary', 'Proprietary'],
    ['Propietary', 'Proprietary'],
  ])('suggests for "%s": "%s"', (wrong, right) => {
    expect(suggestModuleLicense(wrong)).toBe(right);
  });

  it('suggests nothing for a string far from every valid one', () => {
    expect(suggestModuleLicense('see LICENSE file')).toBeUndefined();
  });
});
