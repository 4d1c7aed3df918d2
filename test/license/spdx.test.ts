import { describe, expect, it } from 'vitest';
import { findSpdxTag, parseSpdx } from '../../src/model/license/spdx.js';

describe('findSpdxTag', () => {
  it('reads the comment style and the expression', () => {
    expect(findSpdxTag('// SPDX-License-Identifier: GPL-2.0\n')).toMatchObject({ line: 1, style: '//', expression: 'GPL-2.0' });
    expect(findSpdxTag('/* SPDX-License-Identifier: GPL-2.0 OR MIT */\n')).toMatchObject({
      style: '/*',
      expression: 'GPL-2.0 OR MIT',
      closed: true,
    });
    expect(findSpdxTag('# SPDX-License-Identifier: GPL-2.0\r\nobj-m := a.o\n')).toMatchObject({ style: '#', expression: 'GPL-2.0' });
    expect(findSpdxTag('/*\n * SPDX-License-Identifier: GPL-2.0\n */\n')).toMatchObject({ line: 2, style: '*' });
  });

  it('finds a tag below the first line (misplaced) but not deep in the file', () => {
    expect(findSpdxTag('#!/bin/sh\n# SPDX-License-Identifier: GPL-2.0\n')?.line).toBe(2);
    expect(findSpdxTag(`${'\n'.repeat(40)}// SPDX-License-Identifier: GPL-2.0\n`)).toBeUndefined();
  });
});

describe('parseSpdx', () => {
  it('accepts the kernel ids, + and exceptions', () => {
    expect(parseSpdx('GPL-2.0+').ids).toEqual(['GPL-2.0+']);
    expect(parseSpdx('GPL-2.0+').error).toBeUndefined();
    expect(parseSpdx('GPL-2.0 WITH Linux-syscall-note')).toMatchObject({ ids: ['GPL-2.0'], exceptions: ['Linux-syscall-note'] });
    expect(parseSpdx('(GPL-2.0 OR BSD-3-Clause)').alternatives).toEqual([['GPL-2.0'], ['BSD-3-Clause']]);
    expect(parseSpdx('GPL-2.0 AND (MIT OR BSD-2-Clause)').alternatives).toEqual([
      ['GPL-2.0', 'MIT'],
      ['GPL-2.0', 'BSD-2-Clause'],
    ]);
  });

  it('rejects what is not SPDX', () => {
    for (const e of ['GPLv2', 'GPL-2.0 OR', 'GPL 2', '']) expect(parseSpdx(e).error).toBeTruthy();
  });
});
