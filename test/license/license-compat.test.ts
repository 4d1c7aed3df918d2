import { describe, expect, it } from 'vitest';
import {
  fitsModuleLicense,
  GPL_COMPATIBLE_MODULE_LICENSES,
  isGplCompatibleModuleLicense,
  isKnownModuleLicense,
  type ModuleLicenseString,
  offeredFamilies,
  suggestedModuleLicense,
} from '../../src/data/license-compat.js';
import { parseSpdx } from '../../src/model/license/spdx.js';

const fits = (value: ModuleLicenseString, ...expressions: string[]) =>
  fitsModuleLicense(value, offeredFamilies(expressions.flatMap((e) => parseSpdx(e).alternatives)));

describe('MODULE_LICENSE compatibility table', () => {
  it('knows the kernel strings exactly, case included', () => {
    for (const s of GPL_COMPATIBLE_MODULE_LICENSES) expect(isGplCompatibleModuleLicense(s)).toBe(true);
    expect(isKnownModuleLicense('Proprietary')).toBe(true);
    expect(isGplCompatibleModuleLicense('Proprietary')).toBe(false);
    for (const s of ['gpl', 'GPLv2', 'GPL-2.0', 'GPL v2 ', 'Dual GPL/BSD']) expect(isKnownModuleLicense(s)).toBe(false);
  });

  it('"GPL" fits GPL-2.0-only and GPL-2.0-or-later, in every spelling', () => {
    for (const e of ['GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0 WITH Linux-syscall-note'])
      expect(fits('GPL', e)).toBe(true);
    expect(fits('GPL v2', 'GPL-2.0-or-later')).toBe(true);
  });

  it('"GPL" with a GPL-3.0-only licence is a mismatch: the kernel is GPL-2.0', () => {
    expect(fits('GPL', 'GPL-3.0-only')).toBe(false);
    expect(fits('GPL', 'GPL-3.0-or-later')).toBe(false);
    expect(fits('GPL', 'GPL-2.0 OR GPL-3.0')).toBe(true);
  });

  it('"Dual MIT/GPL" fits GPL-2.0 OR MIT, and an MIT file beside a GPL one', () => {
    expect(fits('Dual MIT/GPL', 'GPL-2.0 OR MIT')).toBe(true);
    expect(fits('Dual MIT/GPL', 'GPL-2.0-only', 'MIT')).toBe(true);
    expect(fits('Dual MIT/GPL', 'MIT')).toBe(true);
    expect(fits('Dual MIT/GPL', 'GPL-2.0-only')).toBe(false);
    expect(fits('Dual MIT/GPL', 'GPL-2.0 OR BSD-3-Clause')).toBe(false);
  });

  it('"Dual BSD/GPL" fits BSD-2/3-Clause with or without the GPL beside it', () => {
    expect(fits('Dual BSD/GPL', 'GPL-2.0 OR BSD-2-Clause')).toBe(true);
    expect(fits('Dual BSD/GPL', 'BSD-3-Clause')).toBe(true);
    expect(fits('Dual BSD/GPL', 'GPL-2.0')).toBe(false);
  });

  it('"Dual MPL/GPL" needs both', () => {
    expect(fits('Dual MPL/GPL', 'GPL-2.0 OR MPL-1.1')).toBe(true);
    expect(fits('Dual MPL/GPL', 'MPL-2.0')).toBe(false);
  });

  it('"GPL and additional rights" fits GPL, LGPL and permissive licences', () => {
    for (const e of ['GPL-2.0', 'LGPL-2.1', 'MIT', 'BSD-3-Clause']) expect(fits('GPL and additional rights', e)).toBe(true);
  });

  it('an MIT licence with "Proprietary" is a mismatch, as is any open licence', () => {
    expect(fits('Proprietary', 'MIT')).toBe(false);
    expect(fits('Proprietary', 'GPL-2.0')).toBe(false);
    expect(fits('Proprietary', 'LicenseRef-Acme-EULA')).toBe(true);
  });

  it('an MIT-only licence with "GPL" is a mismatch that "Dual MIT/GPL" would fix', () => {
    expect(fits('GPL', 'MIT')).toBe(false);
    expect(suggestedModuleLicense(offeredFamilies([['MIT']]))).toBe('Dual MIT/GPL');
    expect(suggestedModuleLicense(offeredFamilies([['GPL-2.0-only']]))).toBe('GPL');
    expect(suggestedModuleLicense(offeredFamilies([['GPL-3.0-only']]))).toBeUndefined();
  });

  it('licences applied together offer the stricter one', () => {
    expect([...offeredFamilies(parseSpdx('GPL-2.0 AND MIT').alternatives)]).toEqual(['GPL-2.0']);
    expect([...offeredFamilies(parseSpdx('MIT AND BSD-2-Clause').alternatives)].sort()).toEqual(['BSD', 'MIT']);
  });
});
