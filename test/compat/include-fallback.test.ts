// compat/missing-version-header resolves `#include "x.h"` not found beside the file through an index of path
// suffixes (it scanned every file per include): a header elsewhere in the tree must still be followed.

import { describe, expect, test } from 'vitest';
import missingVersionHeader from '../../src/rules/compat/missing-version-header.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const GUARDED = '#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)\n#define GOOD_NEW 1\n#endif\n';
const withInclude = (inc: string) => ({
  'good.c': GOOD_MODULE['good.c'].replace('#include <linux/module.h>\n', `#include <linux/module.h>\n#include "${inc}"\n${GUARDED}`),
});

describe('compat/missing-version-header include fallback', () => {
  test('a header found by its path suffix elsewhere in the tree carries the version header', () => {
    const files = {
      ...GOOD_MODULE,
      ...withInclude('compat/compat.h'),
      'include/compat/compat.h': '#pragma once\n#include <linux/version.h>\n',
    };
    expect(runRule(missingVersionHeader, files)).toEqual([]);
  });

  test('a suffix that only matches inside a file name is not a match', () => {
    const files = { ...GOOD_MODULE, ...withInclude('compat.h'), 'include/mycompat.h': '#pragma once\n#include <linux/version.h>\n' };
    expect(runRule(missingVersionHeader, files)).toMatchObject([{ file: 'good.c' }]);
  });
});
