import { describe, expect, it } from 'vitest';
import invalidSpdx from '../../src/rules/license/invalid-spdx.js';
import missingSpdx from '../../src/rules/license/missing-spdx.js';
import spdxNotInKernel from '../../src/rules/license/spdx-not-in-kernel.js';
import spdxPlacement from '../../src/rules/license/spdx-placement.js';
import { runRule } from '../helpers/rule-tester.js';
import { moduleFiles } from './module-files.js';

const HEADER_OK = '/* SPDX-License-Identifier: GPL-2.0 */\n#ifndef HELLO_H\n#define HELLO_H\n#endif\n';

describe('license/missing-spdx', () => {
  it('is silent when every kernel file has a tag', () => {
    const files = {
      ...moduleFiles({ extra: '#include "hello.h"' }),
      'hello.h': HEADER_OK,
      Kconfig: '# SPDX-License-Identifier: GPL-2.0\nconfig HELLO\n\ttristate "hello"\n',
    };
    expect(runRule(missingSpdx, files)).toEqual([]);
  });

  it('says "no tag anywhere" once for the repository, listing source, header, Makefile, Kbuild and Kconfig', () => {
    const files = {
      ...moduleFiles({ head: '/* hello: a test module */', makefileHead: '# build it', extra: '#include "hello.h"' }),
      'hello.h': '#ifndef HELLO_H\n#define HELLO_H\n#endif\n',
      Kconfig: 'config HELLO\n\ttristate "hello"\n',
      Kbuild: 'obj-m := hello.o\n',
    };
    const found = runRule(missingSpdx, files);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBeUndefined();
    expect(found[0].message).toBe(
      'no kernel file has an SPDX-License-Identifier tag (5 files: Kbuild, Kconfig, Makefile, hello.c and hello.h)',
    );
  });

  it('lists the untagged files once, at the first, when others have tags', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`part${i}.h`, '#define X 1\n']));
    const includes = Object.keys(many)
      .map((h) => `#include "${h}"`)
      .join('\n');
    const files = { ...moduleFiles({ head: '// SPDX-License-Identifier: GPL-2.0', extra: includes }), ...many };
    const found = runRule(missingSpdx, files);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1 });
    expect(found[0].message).toMatch(/^30 of 32 kernel files have no SPDX-License-Identifier tag: part0.h, part1.h, .* and 25 more$/);
  });

  it('leaves out user-space tools, tests and docs', () => {
    const files = {
      ...moduleFiles(),
      'tools/ctl.c': '#include <stdio.h>\nint main(void) { return 0; }\n',
      'tools/Makefile': 'ctl: ctl.c\n',
      'tests/run.sh': '#!/bin/sh\ninsmod hello.ko\n',
      'docs/usage.md': '# Usage\n',
      'README.md': '# hello\n',
    };
    expect(runRule(missingSpdx, files)).toEqual([]);
  });

  it('takes a misplaced tag as present (spdx-placement reports it)', () => {
    const files = moduleFiles({ head: '/*\n * hello\n */\n// SPDX-License-Identifier: GPL-2.0' });
    expect(runRule(missingSpdx, files)).toEqual([]);
    expect(runRule(spdxPlacement, files)).toHaveLength(1);
  });
});

describe('license/invalid-spdx', () => {
  it.each([
    'GPL-2.0',
    'GPL-2.0+',
    'GPL-2.0-only',
    'GPL-2.0-or-later',
    'GPL-2.0 WITH Linux-syscall-note',
    'GPL-2.0 OR MIT',
    '(GPL-2.0 OR BSD-3-Clause)',
    'GPL-2.0-only OR Apache-2.0',
    'GPL-2.0 OR CDDL-1.0',
    'LGPL-2.1+',
    'LGPL-2.1-or-later',
    'GPL-2.0 OR Linux-OpenIB',
    'MIT',
    'ISC',
  ])('accepts the kernel expression %s', (expr) => {
    expect(runRule(invalidSpdx, moduleFiles({ head: `// SPDX-License-Identifier: ${expr}` }))).toEqual([]);
  });

  it.each([
    ['GPLv2', /not a valid SPDX expression/],
    ['GPL-2.0 OR', /not a valid SPDX expression/],
    ['GPL 2', /not a valid SPDX expression/],
    ['', /no licence expression/],
  ])('reports "%s"', (expr, why) => {
    const found = runRule(invalidSpdx, moduleFiles({ head: `// SPDX-License-Identifier: ${expr}` }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'hello.c', line: 1 });
    expect(found[0].message).toMatch(why);
  });

  it('leaves valid ids the kernel does not carry to license/spdx-not-in-kernel', () => {
    for (const expr of ['GPL-3.0-only', 'Apache-2.0', 'CDDL-1.0', 'MIT WITH Linux-syscall-note'])
      expect(runRule(invalidSpdx, moduleFiles({ head: `// SPDX-License-Identifier: ${expr}` }))).toEqual([]);
  });

  it('says one broken expression once, listing the files that carry it', () => {
    const files = {
      ...moduleFiles({ head: '// SPDX-License-Identifier: GPLv2', extra: '#include "a.h"\n#include "b.h"' }),
      'a.h': '/* SPDX-License-Identifier: GPLv2 */\n',
      'b.h': '/* SPDX-License-Identifier: GPLv2 */\n',
    };
    const found = runRule(invalidSpdx, files);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/"GPLv2": not a valid SPDX expression .* \(3 files: a.h, b.h and hello.c\)$/);
  });

  it('checks the syntax of files outside the kernel code too', () => {
    const files = {
      ...moduleFiles(),
      'tools/ctl.py': '# SPDX-License-Identifier: Apache-2.0\nprint(1)\n',
      'tools/x.py': '# SPDX-License-Identifier: Apache 2\n',
    };
    const found = runRule(invalidSpdx, files);
    expect(found.map((f) => f.file)).toEqual(['tools/x.py']);
  });
});

describe('license/spdx-not-in-kernel', () => {
  it.each([
    ['GPL-3.0-only', /GPL-3.0-only is a valid SPDX licence that the kernel's LICENSES\/ does not carry/],
    ['Apache-2.0', /only as the alternative to a GPL licence/],
    ['MIT WITH Linux-syscall-note', /Linux-syscall-note does not apply to MIT/],
    ['GPL-2.0 WITH Classpath-exception-2.0', /Classpath-exception-2.0 is not an exception the kernel accepts/],
  ])('reports "%s"', (expr, why) => {
    const found = runRule(spdxNotInKernel, moduleFiles({ head: `// SPDX-License-Identifier: ${expr}` }));
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(why);
  });

  it('is silent on kernel expressions, dual licences included', () => {
    for (const expr of ['GPL-2.0', 'GPL-2.0 OR CDDL-1.0', 'GPL-2.0-only OR Apache-2.0', 'MIT'])
      expect(runRule(spdxNotInKernel, moduleFiles({ head: `// SPDX-License-Identifier: ${expr}` }))).toEqual([]);
  });

  it('says it once per licence for a CDDL code base, not once per file (OpenZFS pattern)', () => {
    const headers = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`sys/f${i}.h`, '/* SPDX-License-Identifier: CDDL-1.0 */\n']));
    const includes = Object.keys(headers)
      .map((h) => `#include "${h}"`)
      .join('\n');
    const files = {
      ...moduleFiles({ head: '// SPDX-License-Identifier: CDDL-1.0', extra: includes }),
      ...headers,
      'x.h': '/* SPDX-License-Identifier: LicenseRef-Project-PublicDomain */\n#include <linux/types.h>\n',
    };
    const found = runRule(spdxNotInKernel, files);
    expect(found.map((f) => f.message.split(' ')[0])).toEqual(['CDDL-1.0', 'LicenseRef-Project-PublicDomain']);
    expect(found[0].message).toMatch(/\(13 files: hello.c, sys\/f0.h, .* and 8 more\)$/);
    expect(runRule(invalidSpdx, files)).toEqual([]);
  });

  it('leaves files outside the kernel code alone', () => {
    expect(runRule(spdxNotInKernel, { ...moduleFiles(), 'tools/ctl.py': '# SPDX-License-Identifier: Apache-2.0\n' })).toEqual([]);
  });
});

describe('license/spdx-placement', () => {
  it('is silent for the kernel forms: // in .c, /* */ in .h, # in Makefile and Kconfig, line 2 after #!', () => {
    const files = {
      ...moduleFiles({ extra: '#include "hello.h"' }),
      'hello.h': HEADER_OK,
      Kconfig: '# SPDX-License-Identifier: GPL-2.0\nconfig HELLO\n\ttristate "hello"\n',
      'scripts/check.sh': '#!/bin/sh\n# SPDX-License-Identifier: GPL-2.0\necho ok\n',
    };
    expect(runRule(spdxPlacement, files)).toEqual([]);
  });

  it('accepts a /* tag that opens a longer comment in a header', () => {
    const files = {
      ...moduleFiles({ extra: '#include "hello.h"' }),
      'hello.h': '/* SPDX-License-Identifier: GPL-2.0\n *\n * Copyright 2024 Jane Doe\n */\n#define X 1\n',
    };
    expect(runRule(spdxPlacement, files)).toEqual([]);
  });

  it('reports a tag below line 1', () => {
    const found = runRule(spdxPlacement, moduleFiles({ head: '\n// SPDX-License-Identifier: GPL-2.0' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'hello.c', line: 2 });
    expect(found[0].message).toBe('SPDX tag is not on line 1 (hello.c)');
  });

  it('reports /* */ in a .c file and // in a header', () => {
    const files = {
      ...moduleFiles({ head: '/* SPDX-License-Identifier: GPL-2.0 */', extra: '#include "hello.h"' }),
      'hello.h': '// SPDX-License-Identifier: GPL-2.0\n#define X 1\n',
    };
    const found = runRule(spdxPlacement, files);
    expect(found.map((f) => f.file).sort()).toEqual(['hello.c', 'hello.h']);
    expect(found.find((f) => f.file === 'hello.c')?.message).toMatch(/\/\/ SPDX-License-Identifier/);
    expect(found.find((f) => f.file === 'hello.h')?.message).toMatch(/\/\* SPDX-License-Identifier: \.\.\. \*\//);
  });

  it('says each way of misplacing the tag once, listing the files', () => {
    const headers = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`h${i}.h`, '\n/* SPDX-License-Identifier: GPL-2.0 */\n']));
    const includes = Object.keys(headers)
      .map((h) => `#include "${h}"`)
      .join('\n');
    const found = runRule(spdxPlacement, { ...moduleFiles({ head: '// SPDX-License-Identifier: GPL-2.0', extra: includes }), ...headers });
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('SPDX tag is not on line 1 (8 files: h0.h:2, h1.h:2, h2.h:2, h3.h:2, h4.h:2 and 3 more)');
  });

  it('reports a C comment in a Makefile and a tag inside a block comment', () => {
    const files = moduleFiles({
      head: '/*\n * SPDX-License-Identifier: GPL-2.0\n */',
      makefileHead: '// SPDX-License-Identifier: GPL-2.0',
    });
    const found = runRule(spdxPlacement, files);
    expect([...new Set(found.map((f) => f.file))].sort()).toEqual(['Makefile', 'hello.c']);
    expect(found.map((f) => f.message)).toContain('SPDX tag uses "*" in .c files, which take `// SPDX-License-Identifier: ...` (hello.c)');
  });

  it('wants line 2 after a #! line', () => {
    const files = { ...moduleFiles(), 'scripts/check.sh': '#!/bin/sh\n\n# SPDX-License-Identifier: GPL-2.0\n' };
    const found = runRule(spdxPlacement, files);
    // scripts/ is auxiliary: not a kernel file, so the kernel's placement rules do not apply.
    expect(found).toEqual([]);
    const k = { ...moduleFiles(), Kconfig: '#!/usr/bin/env kconfig\n\n# SPDX-License-Identifier: GPL-2.0\n' };
    expect(runRule(spdxPlacement, k)[0].message).toMatch(/not on line 2, right after the #! line/);
  });
});
