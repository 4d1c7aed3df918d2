import full from 'spdx-license-list/full.js';
import { describe, expect, it } from 'vitest';
import data from '../../src/data/license-fingerprints.json' with { type: 'json' };
import { computeFingerprints, FINGERPRINT_SPECS } from '../../src/model/license/fingerprints.js';
import { identifyLicenceText } from '../../src/model/license/identify.js';
import { GPL2_LATER_NOTICE, KERNEL_COPYING, lgpl3Alone, licenceText, wrapped } from './licence-texts.js';

/** Every licence the audit identifies, as the id a verbatim copy must be reported as. */
const EXPECTED: [string, string][] = [
  ['GPL-2.0-only', 'GPL-2.0-only'],
  ['GPL-3.0-only', 'GPL-3.0-only'],
  ['LGPL-2.0-only', 'LGPL-2.0-only'],
  ['LGPL-2.1-only', 'LGPL-2.1-only'],
  ['LGPL-3.0-only', 'LGPL-3.0-only'],
  ['MIT', 'MIT'],
  ['X11', 'X11'],
  ['ISC', 'ISC'],
  ['0BSD', '0BSD'],
  ['BSD-2-Clause', 'BSD-2-Clause'],
  ['BSD-3-Clause', 'BSD-3-Clause'],
  ['BSD-3-Clause-Clear', 'BSD-3-Clause-Clear'],
  ['Zlib', 'Zlib'],
  ['MPL-1.1', 'MPL-1.1'],
  ['MPL-2.0', 'MPL-2.0'],
  ['Apache-2.0', 'Apache-2.0'],
  ['CDDL-1.0', 'CDDL-1.0'],
  ['Unlicense', 'Unlicense'],
];

describe('licence text identification', () => {
  it.each(EXPECTED)('identifies a verbatim %s text', (source, id) => {
    const text = source === 'LGPL-3.0-only' ? lgpl3Alone() : licenceText(source);
    const r = identifyLicenceText(text);
    expect(r.spdx).toBe(id);
    expect(r.method).toBe('text');
    expect(r.confidence).toBeGreaterThan(0.95);
  });

  it.each(EXPECTED)('identifies %s hard-wrapped with CRLF line ends', (source, id) => {
    const text = wrapped(source === 'LGPL-3.0-only' ? lgpl3Alone() : licenceText(source)).replace(/\n/g, '\r\n');
    expect(identifyLicenceText(text).spdx).toBe(id);
  });

  it('tells GPL-2.0-or-later by the "(at your option) any later version" notice before the text', () => {
    const r = identifyLicenceText(`Copyright (C) 2024 Jane Doe\n\n${GPL2_LATER_NOTICE}${licenceText('GPL-2.0-only')}`);
    expect(r.spdx).toBe('GPL-2.0-or-later');
  });

  it('does not count the notice inside the GPL-2.0 appendix as an or-later grant', () => {
    expect(licenceText('GPL-2.0-only')).toContain('any later version');
    expect(identifyLicenceText(licenceText('GPL-2.0-only')).spdx).toBe('GPL-2.0-only');
  });

  it('takes the LGPL-3.0 followed by the GPL-3.0 it builds on as the LGPL-3.0', () => {
    expect(identifyLicenceText(licenceText('LGPL-3.0-only')).spdx).toBe('LGPL-3.0-only');
  });

  it('identifies a dual-licence file holding two texts', () => {
    const text = `This driver is dual licensed: you may use it under the GPL-2.0 or the MIT licence.\n\n${licenceText('GPL-2.0-only')}\n\n-----\n\n${licenceText('MIT')}`;
    const r = identifyLicenceText(text);
    expect(r.spdx).toBe('GPL-2.0-only OR MIT');
    expect(r.matches.map((m) => m.id)).toEqual(['GPL-2.0-only', 'MIT']);
  });

  it('tells BSD-3-Clause from BSD-2-Clause, whose text it contains', () => {
    expect(identifyLicenceText(licenceText('BSD-3-Clause')).spdx).toBe('BSD-3-Clause');
    expect(identifyLicenceText(licenceText('BSD-2-Clause')).spdx).toBe('BSD-2-Clause');
  });

  it('reads the SPDX line of a kernel-style COPYING', () => {
    const r = identifyLicenceText(KERNEL_COPYING);
    expect(r).toMatchObject({ spdx: 'GPL-2.0 WITH Linux-syscall-note', method: 'spdx-tag', confidence: 1 });
  });

  it('identifies a short GPL notice with lower confidence', () => {
    const only = identifyLicenceText(
      'This program is free software; you can redistribute it and/or modify it under the terms of the GNU General Public License version 2 as published by the Free Software Foundation.',
    );
    expect(only).toMatchObject({ spdx: 'GPL-2.0-only', method: 'notice' });
    expect(only.confidence).toBeLessThan(0.9);
    expect(identifyLicenceText(GPL2_LATER_NOTICE).spdx).toBe('GPL-2.0-or-later');
  });

  it('identifies nothing in prose that is not a licence', () => {
    const r = identifyLicenceText('All rights reserved. Do not copy.\nContact sales for a commercial agreement.\n');
    expect(r.spdx).toBeUndefined();
    expect(r.method).toBe('none');
  });

  it('drops in confidence when the licence text is incomplete', () => {
    const t = licenceText('Apache-2.0');
    const half = identifyLicenceText(t.slice(0, Math.floor(t.length * 0.7)));
    expect(half.spdx).toBe('Apache-2.0');
    expect(half.confidence).toBeLessThan(0.9);
  });

  it('is accurate on every verbatim and wrapped text (summary figure)', () => {
    let right = 0;
    for (const [source, id] of EXPECTED) {
      const text = source === 'LGPL-3.0-only' ? lgpl3Alone() : licenceText(source);
      if (identifyLicenceText(text).spdx === id) right++;
      if (identifyLicenceText(wrapped(text)).spdx === id) right++;
    }
    expect(right).toBe(EXPECTED.length * 2);
  });
});

describe('src/data/license-fingerprints.json', () => {
  it('is what scripts/gen-license-data.mjs computes from the installed spdx-license-list', async () => {
    const version = (await import('spdx-license-list/package.json', { with: { type: 'json' } })).default.version;
    const fresh = computeFingerprints((id) => (full as Record<string, { licenseText: string }>)[id]?.licenseText, version);
    expect(data).toEqual(fresh);
  });

  it('covers every candidate and stays small', () => {
    expect(data.licenses.map((l) => l.id)).toEqual(FINGERPRINT_SPECS.map((s) => s.id));
    expect(JSON.stringify(data).length).toBeLessThan(80_000);
  });
});
