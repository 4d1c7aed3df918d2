import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/correctness/identical-operands.js';
import { runRule } from '../helpers/rule-tester.js';
import { FIXTURE, moduleWith } from './fixture.js';

const found = (files: Record<string, string>) => runRule(rule, files).map((f) => [f.line, f.message.replace(/ \(.*$/, '')]);

describe('correctness/identical-operands', () => {
  it('finds `!a && !a`, `v - v` and `x | x` in the fixture that builds without a warning', () => {
    expect(found(FIXTURE)).toEqual([
      [52, '`!a` appears on both sides of `&&` in `!a && !a`'],
      [54, '`v` appears on both sides of `-` in `v - v`'],
      [54, '`cdef_st.len` appears on both sides of `|` in `cdef_st.len | cdef_st.len`'],
    ]);
  });

  it('normalises whitespace and parentheses, and finds a repeat further down a chain', () => {
    const files = moduleWith(
      [
        'static int f(int a, int b, int *p)',
        '{',
        '\tif (a == ( a ))',
        '\t\treturn 1;',
        '\tif (p[0] || b || (p[ 0 ]))',
        '\t\treturn 2;',
        '\tif (a ^ (a))',
        '\t\treturn 3;',
        '\tif (IS_ERR(p) || IS_ERR(p))',
        '\t\treturn 4;',
        '\treturn strcmp("a", "b") != strcmp("a", "b");',
        '}',
      ].join('\n'),
    );
    expect(found(files).map(([l]) => l)).toEqual([6, 8, 10, 12, 14]);
  });

  it('stays silent when operands differ only inside macros, may change between reads, or are written-out constants', () => {
    const files = moduleWith(
      [
        '#define CUR_TIME get_cycles()',
        '#ifdef CONFIG_X',
        '#define LIMIT 4',
        '#else',
        '#define LIMIT 8',
        '#endif',
        '#define REG(n) (0x100 + (n))',
        'static int f(int a, volatile int *io)',
        '{',
        '\tif (REG(1) == REG(2) || (REG(1) | REG(3)))',
        '\t\treturn 1;',
        '\tif (READ_REG(io) == READ_REG(io))',
        '\t\treturn 2;',
        '\tif (CUR_TIME - CUR_TIME)',
        '\t\treturn 3;',
        '\tif (readl(io) != readl(io) || jiffies != jiffies)',
        '\t\treturn 4;',
        '\tif (a++ == a++ || (a = 1) == (a = 1))',
        '\t\treturn 5;',
        '\treturn (1 - 1) + (0x10 | 0x10) + (LIMIT - LIMIT) + (UNIT0_ID - UNIT0_ID);',
        '}',
        'static int g(double d) { return d != d; }',
      ].join('\n'),
    );
    expect(found(files)).toEqual([]);
  });

  it('tells a macro defined once to a constant from one defined once under a configuration test', () => {
    const files = moduleWith(
      [
        '#define width 4',
        '#ifdef CONFIG_64BIT',
        '#define shift 3',
        '#endif',
        'static int f(void)',
        '{',
        '\treturn (width - width) + (shift - shift);',
        '}',
      ].join('\n'),
    );
    expect(found(files)).toEqual([[10, '`width` appears on both sides of `-` in `width - width`']]);
  });

  it('never reports never-built code', () => {
    const files = moduleWith(
      ['static int f(int a)', '{', '#ifdef _WIN32', '\treturn a == a;', '#else', '\treturn a;', '#endif', '}'].join('\n'),
    );
    expect(found(files)).toEqual([]);
  });
});
