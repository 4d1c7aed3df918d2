import { describe, expect, it } from 'vitest';
import mismatch from '../../src/rules/license/mismatch.js';
import { runRule } from '../helpers/rule-tester.js';
import { lgpl3Alone, licenceText } from './licence-texts.js';
import { lineOf, moduleFiles } from './module-files.js';

const GPL2 = licenceText('GPL-2.0-only');
const MIT = licenceText('MIT');

describe('license/mismatch', () => {
  it('is silent when licence file, SPDX tags and MODULE_LICENSE agree', () => {
    expect(runRule(mismatch, { ...moduleFiles(), COPYING: GPL2 })).toEqual([]);
    expect(
      runRule(mismatch, { ...moduleFiles({ license: '"GPL v2"', head: '// SPDX-License-Identifier: GPL-2.0-or-later' }), LICENSE: GPL2 }),
    ).toEqual([]);
  });

  it('reads a Markdown licensing guide by its own tag, not by the example tags it quotes', () => {
    const guide = [
      '<!-- SPDX-License-Identifier: GPL-2.0-only -->',
      '',
      '# Licensing',
      '',
      'The driver is GPL-2.0-only; documentation is GPL-3.0-or-later. Put a tag at the top of each file:',
      '',
      '- `// SPDX-License-Identifier: GPL-2.0-only`',
      '- or `# SPDX-License-Identifier: GPL-3.0-or-later`',
      '- in Markdown: `<!-- SPDX-License-Identifier: ... -->`',
      '',
    ].join('\n');
    expect(runRule(mismatch, { ...moduleFiles(), 'LICENSE.md': guide })).toEqual([]);
  });

  it('accepts "Dual MIT/GPL" with a GPL-2.0 OR MIT tag and an MIT file beside a GPL one', () => {
    const files = {
      ...moduleFiles({
        license: '"Dual MIT/GPL"',
        head: '// SPDX-License-Identifier: GPL-2.0 OR MIT',
        makefileHead: '# SPDX-License-Identifier: GPL-2.0 OR MIT',
      }),
      'LICENSE-GPL': GPL2,
      'LICENSE-MIT': MIT,
    };
    expect(runRule(mismatch, files)).toEqual([]);
  });

  it('reports a GPL-3.0 licence file with "GPL" in one sentence at MODULE_LICENSE', () => {
    const files: Record<string, string> = { ...moduleFiles(), COPYING: licenceText('GPL-3.0-only') };
    const found = runRule(mismatch, files);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'hello.c', line: lineOf(files['hello.c'], 'MODULE_LICENSE') });
    expect(found[0].message).toMatch(
      /^the licence file COPYING \(GPL-3\.0-only\) grants GPL-3\.0, which cannot be combined with the kernel's GPL-2\.0, but module hello declares MODULE_LICENSE\("GPL"\)/,
    );
    expect(found[0].message.split('. ')).toHaveLength(1);
  });

  it('reports an MIT licence file with "Proprietary" and suggests the string that fits', () => {
    const found = runRule(mismatch, {
      ...moduleFiles({ license: '"Proprietary"', head: '// SPDX-License-Identifier: MIT', makefileHead: '# SPDX-License-Identifier: MIT' }),
      LICENSE: MIT,
    });
    // The licence file and the tags agree with each other: one disagreement with MODULE_LICENSE, said once.
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(
      /carry SPDX "MIT", but module hello declares MODULE_LICENSE\("Proprietary"\).*MODULE_LICENSE\("Dual MIT\/GPL"\) would match/,
    );
  });

  it('reports "Dual MIT/GPL" when only the GPL is granted', () => {
    const found = runRule(mismatch, { ...moduleFiles({ license: '"Dual MIT/GPL"' }), COPYING: GPL2 });
    // The licence file agrees with the GPL-2.0 tags (hello.c, Makefile: one group): one finding, at the tags.
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^hello\.c and 1 other file carry SPDX "GPL-2\.0".*MODULE_LICENSE\("GPL"\) would match$/);
  });

  it('groups source files with the same disagreeing tag into one finding', () => {
    const files: Record<string, string> = {
      ...moduleFiles({ head: '// SPDX-License-Identifier: MIT' }),
      Makefile: '# SPDX-License-Identifier: GPL-2.0\nobj-m := hello.o\nhello-y := a.o b.o c.o\n',
    };
    files['a.c'] = files['hello.c'];
    delete files['hello.c'];
    files['b.c'] = '// SPDX-License-Identifier: MIT\n#include <linux/kernel.h>\nint b;\n';
    files['c.c'] = '// SPDX-License-Identifier: MIT\n#include <linux/kernel.h>\nint c;\n';
    const found = runRule(mismatch, { ...files, COPYING: GPL2 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'a.c', line: 1 });
    expect(found[0].message).toMatch(
      /^a\.c and 2 other files carry SPDX "MIT", but module hello declares MODULE_LICENSE\("GPL"\).*"Dual MIT\/GPL"\) would match$/,
    );
  });

  it('accepts permissive files inside a GPL module, as the kernel has (BSD headers in a GPL driver)', () => {
    const files = {
      ...moduleFiles({ extra: '#include "regs.h"' }),
      'regs.h': '/* SPDX-License-Identifier: BSD-3-Clause */\n#define REG 1\n',
      COPYING: GPL2,
    };
    expect(runRule(mismatch, files)).toEqual([]);
  });

  it('checks each module of a multi-module repository against its own licence file', () => {
    const files = {
      Makefile: '# SPDX-License-Identifier: GPL-2.0\nobj-m += gpl/ bsd/ mit/\n',
      COPYING: GPL2,
      ...moduleFiles({ name: 'a', dir: 'gpl', license: '"GPL"' }),
      ...moduleFiles({
        name: 'b',
        dir: 'bsd',
        license: '"Dual BSD/GPL"',
        head: '// SPDX-License-Identifier: GPL-2.0 OR BSD-3-Clause',
        makefileHead: '# SPDX-License-Identifier: GPL-2.0 OR BSD-3-Clause',
      }),
      'bsd/LICENSE': licenceText('BSD-3-Clause'),
      ...moduleFiles({
        name: 'c',
        dir: 'mit',
        license: '"GPL"',
        head: '// SPDX-License-Identifier: GPL-2.0',
        makefileHead: '# SPDX-License-Identifier: GPL-2.0',
      }),
      'mit/LICENSE': MIT,
    };
    const found = runRule(mismatch, files);
    expect(found.map((f) => f.file)).toEqual(['mit/c.c']);
    expect(found[0].message).toMatch(/mit\/LICENSE \(MIT\) grants MIT, but module c declares MODULE_LICENSE\("GPL"\)/);
  });

  it('judges a file by its own tag, not by the root licence file (vendored MIT and BSD files in a CDDL project)', () => {
    const files = {
      ...moduleFiles({ license: 'UNRESOLVED_LICENSE', head: '// SPDX-License-Identifier: MIT' }),
      'lib/hash.h': '/* SPDX-License-Identifier: BSD-2-Clause */\n#define H 1\n',
      COPYING: licenceText('GPL-3.0-only'),
    };
    expect(runRule(mismatch, files)).toEqual([]);
  });

  it('reads licence files named after their licence beside the driver (falco pattern: driver/GPL2.txt, driver/MIT.txt)', () => {
    const files = {
      ...moduleFiles({
        dir: 'driver',
        license: '"Dual MIT/GPL"',
        head: '// SPDX-License-Identifier: GPL-2.0-only OR MIT',
        makefileHead: '# SPDX-License-Identifier: GPL-2.0-only OR MIT',
      }),
      LICENSE: licenceText('Apache-2.0'),
      'driver/GPL2.txt': GPL2,
      'driver/MIT.txt': MIT,
    };
    expect(runRule(mismatch, files)).toEqual([]);
  });

  it('takes Apache-2.0 WITH LLVM-exception (a vendored compiler header) as fit for a GPL module', () => {
    const files = {
      ...moduleFiles({
        license: '"Dual MIT/GPL"',
        head: '// SPDX-License-Identifier: GPL-2.0 OR MIT',
        makefileHead: '# SPDX-License-Identifier: GPL-2.0 OR MIT',
        extra: '#include "stdatomic.h"',
      }),
      'stdatomic.h': '/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */\n',
    };
    expect(runRule(mismatch, files)).toEqual([]);
  });

  it('takes GPL-2.0-or-later code as agreeing with a GPL-3.0 COPYING (hid-tmff2 pattern)', () => {
    const files = {
      ...moduleFiles({ head: '// SPDX-License-Identifier: GPL-2.0-or-later', makefileHead: '# SPDX-License-Identifier: GPL-2.0-or-later' }),
      LICENSE: licenceText('GPL-3.0-only'),
    };
    expect(runRule(mismatch, files)).toEqual([]);
  });

  it('counts every MODULE_LICENSE: files under any one of them fit (OpenZFS declares three)', () => {
    const files = {
      ...moduleFiles({
        license: '"Dual MIT/GPL");\nMODULE_LICENSE("Dual BSD/GPL");\nMODULE_LICENSE(ZFS_META_LICENSE',
        head: '// SPDX-License-Identifier: CDDL-1.0',
        makefileHead: '# SPDX-License-Identifier: CDDL-1.0',
        extra: '#include "bsd.h"\n#include "mit.h"',
      }),
      'bsd.h': '/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0-only */\n',
      'mit.h': '/* SPDX-License-Identifier: MIT */\n',
      META: 'Name: zfs\nLicense: CDDL\n',
      LICENSE: licenceText('MIT'),
    };
    expect(runRule(mismatch, files)).toEqual([]);
  });

  it('takes an LGPL licence as fitting "GPL and additional rights"', () => {
    expect(
      runRule(mismatch, {
        ...moduleFiles({
          license: '"GPL and additional rights"',
          head: '// SPDX-License-Identifier: LGPL-2.1',
          makefileHead: '# SPDX-License-Identifier: LGPL-2.1',
        }),
        COPYING: licenceText('LGPL-2.1-only'),
      }),
    ).toEqual([]);
    expect(runRule(mismatch, { ...moduleFiles(), 'COPYING.LESSER': lgpl3Alone() })).toHaveLength(1);
  });

  it('says nothing about an unidentified licence file', () => {
    expect(runRule(mismatch, { ...moduleFiles(), LICENSE: 'Ask us.\n' })).toEqual([]);
  });
});
