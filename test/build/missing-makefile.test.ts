import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/build/missing-makefile.js';
import { check } from './model.js';
import { GOOD_REPOS, SOURCE } from './wrappers.js';

describe('build/missing-makefile', () => {
  it('fires on module code without any Makefile or Kbuild', () => {
    const f = check(rule, { 'drv.c': SOURCE('drv') });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'drv.c', line: 1 });
  });
  it('is silent on the good layouts and on repositories without kernel code', () => {
    for (const files of Object.values(GOOD_REPOS)) expect(check(rule, files)).toEqual([]);
    expect(check(rule, { 'README.md': '# nothing\n' })).toEqual([]);
  });
});
