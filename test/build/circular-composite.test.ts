import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/circular-composite.js';
import { check } from './model.js';
import { CANONICAL, SOURCE } from './wrappers.js';

describe('build/circular-composite', () => {
  it('fires on a composite module named like one of its parts', () => {
    const f = check(rule, { Kbuild: 'obj-m := hello.o\nhello-y := hello.o util.o\n', 'hello.c': SOURCE('hello'), 'util.c': 'int util;\n' });
    expect(f).toEqual([
      {
        file: 'Kbuild',
        line: 2,
        message:
          'module hello lists hello.o among its own parts; kbuild drops the circular dependency and the build fails (rename hello.c)',
      },
    ]);
    expect(check(rule, { Kbuild: 'obj-m := h.o\nh-objs := h.o u.o\n', 'h.c': SOURCE('h'), 'u.c': 'int u;\n' })).toHaveLength(1);
  });
  it('is silent on distinct names and single-file modules', () => {
    expect(check(rule, CANONICAL)).toEqual([]);
    expect(check(rule, { Kbuild: 'obj-m := hello.o\n', 'hello.c': SOURCE('hello') })).toEqual([]);
  });
});
