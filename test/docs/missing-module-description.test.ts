import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs/missing-module-description.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const without = (tag: string) => ({
  ...GOOD_MODULE,
  'good.c': GOOD_MODULE['good.c']
    .split('\n')
    .filter((l) => !l.startsWith(tag))
    .join('\n'),
});

describe('docs/missing-module-description', () => {
  it('accepts a module with MODULE_DESCRIPTION', () => {
    expect(runRule(rule, GOOD_MODULE)).toEqual([]);
  });

  it('reports a module without one, at its first MODULE_* tag or entry point', () => {
    const found = runRule(rule, without('MODULE_DESCRIPTION'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'good.c', line: 5 });
    expect(found[0].message).toBe('module good has no MODULE_DESCRIPTION()');
  });

  it('reports each module of a repository on its own', () => {
    const second = GOOD_MODULE['good.c'].replaceAll('good', 'other').replace(/MODULE_DESCRIPTION.*\n/, '');
    const files = { ...without('MODULE_DESCRIPTION'), Makefile: 'obj-m := good.o other.o\n', 'other.c': second };
    expect(
      runRule(rule, files)
        .map((f) => f.file)
        .sort(),
    ).toEqual(['good.c', 'other.c']);
  });
});
