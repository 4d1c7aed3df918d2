import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs/missing-readme.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

describe('docs/missing-readme', () => {
  it.each(['README.md', 'README', 'readme.txt', 'Readme.rst', 'README.markdown', 'docs/README.md'])('accepts %s', (name) => {
    expect(runRule(rule, { ...GOOD_MODULE, [name]: '# good\n\nA module.\n' })).toEqual([]);
  });

  it('reports a repository without a README, at the repository level', () => {
    const found = runRule(rule, { ...GOOD_MODULE, 'NOTES.md': '# notes\n', 'src/README.md': '# not the project README\n' });
    expect(found).toHaveLength(1);
    expect(found[0].file).toBeUndefined();
  });
});
