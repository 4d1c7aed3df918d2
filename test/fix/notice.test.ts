// Licence notices at the top of a file, as real repositories write them.

import { describe, expect, it } from 'vitest';
import { fileNotice } from '../../src/fix/notice.js';

describe('fileNotice', () => {
  it('names the GPL-2.0 notices the kernel tree used before SPDX', () => {
    expect(
      fileNotice('/*\n * under the terms of the GNU General Public License v2 as published by the\n * Free Software Foundation.\n */\n'),
    ).toEqual({
      spdx: 'GPL-2.0-only',
    });
    expect(
      fileNotice('#\n# This file is subject to the terms and conditions of the GNU General Public\n# License v2. See COPYING.\n#\n', true),
    ).toEqual({
      spdx: 'GPL-2.0-only',
    });
    expect(
      fileNotice(
        '/* GNU General Public License as published by the Free Software Foundation; either version 2 of the License, or\n * (at your option) any later version. */',
      ),
    ).toEqual({ spdx: 'GPL-2.0-or-later' });
  });

  it('names MIT, and gives up on what it cannot name (GPL-3.0, BSD, dual, LGPL)', () => {
    expect(fileNotice('/*\n * Permission is hereby granted, free of charge, to any person obtaining a copy\n */')).toEqual({ spdx: 'MIT' });
    expect(fileNotice('/* GNU General Public License version 3 */')).toBe('unknown');
    expect(fileNotice('/* Redistribution and use in source and binary forms ... */')).toBe('unknown');
    expect(fileNotice('/* GNU General Public License version 2, or the BSD licence below */')).toBe('unknown');
    expect(fileNotice('/* GNU Lesser General Public License version 2.1 */')).toBe('unknown');
  });

  it('finds nothing where no comment speaks of a licence; C directives are not comments', () => {
    expect(fileNotice('/* Copyright 2020 Jane */\n#include <linux/module.h>\n')).toBeUndefined();
    expect(fileNotice('#define LICENSE_BSD 1\nstatic const char *s = "GNU General Public License";\n')).toBeUndefined();
  });
});
