import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/style/indent-spaces.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const withSource = (source: string) => ({ ...GOOD_MODULE, 'good.c': source });
const body = (lines: string[]) => ['#include <linux/module.h>', 'static int f(int a)', '{', ...lines, '}', ''].join('\n');

describe('style/indent-spaces', () => {
  it('accepts tabs, alignment after tabs, comments, labels and indented preprocessor lines', () => {
    const source = body([
      '\tint x = a +',
      '\t\ta;',
      '\tif (f(a,',
      '\t       a))', // tab then fewer than 8 spaces: alignment, as checkpatch allows
      '\t\treturn 1;',
      '/*',
      ' * a block comment',
      ' */',
      ' out:',
      ' #define X 1',
      '\treturn x;',
    ]);
    expect(runRule(rule, withSource(source))).toEqual([]);
  });

  it('reports one finding per file with the count and the first lines', () => {
    const source = body([
      '        int x = a;', // 8 spaces (CODE_INDENT)
      '    x++;', // leading spaces (LEADING_SPACE)
      ' \tx++;', // space before tab
      '\t        x++;', // 8 spaces after a tab
      '    x++;',
      '    x++;',
      '    return x;',
    ]);
    const found = runRule(rule, withSource(source));
    expect(found).toEqual([{ file: 'good.c', line: 4, message: '7 lines indented with spaces (lines 4, 5, 6, 7, 8, ...)' }]);
  });

  it('only looks at kernel C files', () => {
    const files = { ...GOOD_MODULE, 'tools/cli.c': '#include <stdio.h>\nint main(void)\n{\n    return 0;\n}\n' };
    expect(runRule(rule, files)).toEqual([]);
  });

  it('leaves out the headers of a user-space program in the same repository, not those the module includes', () => {
    const spaced = '#ifndef X_H\n#define X_H\nstruct x {\n    int a;\n};\n#endif\n';
    const found = runRule(rule, {
      ...GOOD_MODULE,
      'good.c': `${GOOD_MODULE['good.c']}#include "../hal/regs.h"\n`,
      // reached through an -I folder: `../hal/regs.h` is not beside good.c
      'hal/regs.h': spaced,
      'daemon/src/daemon.h': spaced,
      'daemon/src/daemon.c': '#include <stdio.h>\n#include "daemon.h"\nint main(void)\n{\n\treturn 0;\n}\n',
      'lib/crypto/impl.h': spaced,
    });
    expect(found.map((f) => f.file)).toEqual(['hal/regs.h']);
  });
});
