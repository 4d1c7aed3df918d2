import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs/missing-install-instructions.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const withReadme = (readme: string) => ({ ...GOOD_MODULE, 'README.md': readme });

describe('docs/missing-install-instructions', () => {
  it.each([
    ['insmod', '```\nsudo insmod good.ko\n```\n'],
    ['modprobe', 'Load it with `modprobe good`.\n'],
    ['modules_install', '```\nsudo make modules_install\n```\n'],
    ['dkms', 'Install it with DKMS: `dkms install .`\n'],
  ])('accepts %s', (_, text) => {
    expect(runRule(rule, withReadme(`# good\n\n${text}`))).toEqual([]);
  });

  it('reports a README that only says how to build', () => {
    const found = runRule(rule, withReadme('# good\n\n```\nmake KDIR=/path/to/headers\n```\n'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'README.md', line: 1 });
    expect(found[0].message).toMatch(/insmod, modprobe, modules_install, dkms/);
  });

  it('reports a repository without a README', () => {
    expect(runRule(rule, GOOD_MODULE)).toHaveLength(1);
  });
});
