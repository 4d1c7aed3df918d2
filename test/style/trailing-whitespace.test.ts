import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/style/trailing-whitespace.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

describe('style/trailing-whitespace', () => {
  it('accepts clean lines, also with DOS line endings', () => {
    expect(runRule(rule, GOOD_MODULE)).toEqual([]);
    expect(runRule(rule, { ...GOOD_MODULE, 'good.c': GOOD_MODULE['good.c'].replaceAll('\n', '\r\n') })).toEqual([]);
  });

  it('reports spaces and tabs at line ends, once per file', () => {
    const lines = GOOD_MODULE['good.c'].split('\n');
    lines[1] += ' ';
    lines[6] += '\t';
    lines[9] = '   ';
    const found = runRule(rule, { ...GOOD_MODULE, 'good.c': lines.join('\n') });
    expect(found).toEqual([{ file: 'good.c', line: 2, message: '3 lines end in whitespace (lines 2, 7, 10)' }]);
  });

  it('reports each file on its own', () => {
    const files = { ...GOOD_MODULE, 'good.h': '#define GOOD 1 \n', 'good.c': `#include "good.h"\n${GOOD_MODULE['good.c']}` };
    expect(runRule(rule, files)).toEqual([{ file: 'good.h', line: 1, message: '1 line ends in whitespace (line 1)' }]);
  });
});
