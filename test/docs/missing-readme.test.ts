import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs/missing-readme.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

describe('docs/missing-readme', () => {
  it.each(['README.md', 'README', 'readme.txt', 'Readme.rst', 'README.markdown', 'docs/README.md'])('accepts %s', (name) => {
    expect(runRule(rule, { ...GOOD_MODULE, [name]: '# good\n\nA module.\n' })).toEqual([]);
  });

  it("takes the module folder's README in a monorepo without a root README (cdemu's vhba-module pattern)", () => {
    const files = {
      'vhba-module/Makefile': 'obj-m := good.o\n',
      'vhba-module/good.c': GOOD_MODULE['good.c'],
      'vhba-module/README': 'VHBA module\n\nBuild with make, load with modprobe.\n',
      'daemon/Makefile': 'all:\n\tcc -o d d.c\n',
      'daemon/README': 'A daemon.\n',
    };
    expect(runRule(rule, files)).toEqual([]);
    // A tool's folder (no obj-m) does not speak for the project.
    const { 'vhba-module/README': _, ...without } = files;
    expect(runRule(rule, without)).toHaveLength(1);
  });

  it('reports a repository without a README, at the repository level', () => {
    const found = runRule(rule, { ...GOOD_MODULE, 'NOTES.md': '# notes\n', 'src/README.md': '# not the project README\n' });
    expect(found).toHaveLength(1);
    expect(found[0].file).toBeUndefined();
  });
});
