import { describe, expect, it } from 'vitest';
import rule, { MAX_COLUMNS, overflowIndex } from '../../src/rules/style/line-length.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const withBody = (lines: string[]) => ({
  ...GOOD_MODULE,
  'good.c': ['#include <linux/module.h>', 'static int f(int a)', '{', ...lines, '\treturn a;', '}', ''].join('\n'),
});

describe('style/line-length', () => {
  it('counts tabs to the next multiple of 8', () => {
    expect(overflowIndex(`\t${'x'.repeat(92)}`)).toBe(-1); // 8 + 92 = 100 columns
    expect(overflowIndex(`\t${'x'.repeat(93)}`)).toBe(93);
    expect(overflowIndex(`xx\t${'x'.repeat(92)}`)).toBe(-1);
    expect(overflowIndex('x'.repeat(MAX_COLUMNS + 1))).toBe(MAX_COLUMNS);
  });

  it('accepts lines of exactly 100 columns', () => {
    const line = `\ta = ${'b'.repeat(MAX_COLUMNS - 8 - 4 - 1)};`; // 8 + 4 + 87 + 1 = 100 columns
    expect(runRule(rule, withBody([line]))).toEqual([]);
    expect(runRule(rule, withBody([line.replace(';', 'b;')]))).toHaveLength(1);
  });

  it('reports a line of 101 columns with tabs counted as 8', () => {
    const line = `\t\ta = ${'a + '.repeat(21)}1;`; // 16 + 4 + 84 + 2 = 106 columns
    const found = runRule(rule, withBody([line]));
    expect(found).toEqual([{ file: 'good.c', line: 4, message: '1 line longer than 100 columns (line 4)' }]);
  });

  it('exempts user-visible strings that cross the limit, and URLs', () => {
    const message = `\tpr_err("${'this message must stay greppable '.repeat(4)}\\n");`;
    const url = '\t/* see https://www.kernel.org/doc/html/latest/process/coding-style.html#breaking-long-lines-and-strings */';
    expect(runRule(rule, withBody([message, url]))).toEqual([]);
  });

  it('still reports a long line whose string ends before the limit', () => {
    const line = `\tpr_err("short\\n"); ${'a = a + 1; '.repeat(9)}`;
    expect(runRule(rule, withBody([line]))).toHaveLength(1);
  });
});
