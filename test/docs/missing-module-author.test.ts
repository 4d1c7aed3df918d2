import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs/missing-module-author.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

describe('docs/missing-module-author', () => {
  it('accepts a module with MODULE_AUTHOR', () => {
    expect(runRule(rule, GOOD_MODULE)).toEqual([]);
  });

  it('reports a module without one', () => {
    const source = GOOD_MODULE['good.c'].replace(/MODULE_AUTHOR.*\n/, '');
    const found = runRule(rule, { ...GOOD_MODULE, 'good.c': source });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'good.c', message: 'module good has no MODULE_AUTHOR()' });
  });
});
