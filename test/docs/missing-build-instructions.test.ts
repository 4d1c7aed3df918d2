import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs/missing-build-instructions.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const withReadme = (readme: string, name = 'README.md') => ({ ...GOOD_MODULE, [name]: readme });

describe('docs/missing-build-instructions', () => {
  it('accepts make with the headers to install', () => {
    const readme = '# good\n\nInstall `linux-headers-$(uname -r)`, then:\n\n```\nmake\n```\n';
    expect(runRule(rule, withReadme(readme))).toEqual([]);
  });

  it('accepts make with a KDIR override', () => {
    expect(runRule(rule, withReadme('# good\n\n```sh\nmake KDIR=/usr/src/linux-headers-6.1.0-57-amd64\n```\n'))).toEqual([]);
  });

  it('accepts make -C <headers> M=$PWD in prose code', () => {
    expect(runRule(rule, withReadme('# good\n\nRun `make -C /lib/modules/$(uname -r)/build M=$PWD`.\n'))).toEqual([]);
  });

  it('accepts DKMS, which builds against each installed kernel', () => {
    expect(runRule(rule, withReadme('# good\n\n    sudo dkms install .\n'))).toEqual([]);
  });

  it('reads build instructions in docs/ as well as in the README', () => {
    const files = { ...withReadme('# good\n\nSee docs/building.md.\n'), 'docs/building.md': '# Building\n\n```\nmake KDIR=/path\n```\n' };
    expect(runRule(rule, files)).toEqual([]);
  });

  it('reads an INSTALL file', () => {
    expect(runRule(rule, { ...withReadme('# good\n'), INSTALL: 'make KDIR=/path/to/headers\n' })).toEqual([]);
  });

  it('reports a README that never says how to build', () => {
    const found = runRule(rule, withReadme('# good\n\nA module. Make sure you read this.\n'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'README.md', line: 1 });
    expect(found[0].message).toMatch(/how to build/);
  });

  it('reports make without any word on kernel headers, at the make line', () => {
    const found = runRule(rule, withReadme('# good\n\nBuild:\n\n```\nmake\n```\n'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'README.md', line: 6 });
    expect(found[0].message).toMatch(/KDIR=/);
  });

  it('does not take the English word "make" for a command', () => {
    expect(runRule(rule, withReadme('# good\n\nThis will make your kernel headers happy.\n'))).toHaveLength(1);
  });

  it('reports a repository without any README at the repository level', () => {
    const found = runRule(rule, GOOD_MODULE);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBeUndefined();
  });

  it('says nothing about a repository without kernel code', () => {
    expect(runRule(rule, { 'README.md': '# tools\n' })).toEqual([]);
  });
});
